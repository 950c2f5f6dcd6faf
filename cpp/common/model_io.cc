#include "common/model_io.h"

#include <bit>
#include <fstream>

#include "common/hashing.h"

namespace saywho {
namespace {

static_assert(std::endian::native == std::endian::little,
              "model files are little endian; add byte swapping for this host");

// FNV-1a-style over 8-byte words in four independent lanes (fast enough for
// a 20 MB file to add little to load time), then the tail bytewise.
uint64_t Checksum(std::string_view bytes) {
  uint64_t lane[4] = {kFnvOffset, kFnvOffset ^ 1, kFnvOffset ^ 2, kFnvOffset ^ 3};
  size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    for (int k = 0; k < 4; ++k) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i + 8 * k, 8);
      lane[k] = (lane[k] ^ word) * kFnvPrime;
    }
  }
  uint64_t h = HashBytes(bytes.substr(i), false, Mix(lane[0]) ^ lane[1]);
  return Mix(h ^ Mix(lane[2] + 0x9e3779b97f4a7c15ull * lane[3]));
}

}  // namespace

ModelWriter::ModelWriter(std::string_view magic, uint32_t version) : out_(magic) { Put(version); }

std::string ModelWriter::Finish() && {
  Put(Checksum(out_));
  return std::move(out_);
}

absl::StatusOr<ModelReader> ModelReader::Open(std::string_view bytes, std::string_view magic,
                                              uint32_t version, std::string_view kind) {
  auto invalid = [&](std::string_view what) {
    return absl::InvalidArgumentError("not a valid saywho " + std::string(kind) + ": " + std::string(what));
  };
  if (bytes.size() < magic.size() || bytes.substr(0, magic.size()) != magic) {
    return invalid("wrong magic bytes (not a model file)");
  }
  if (bytes.size() < magic.size() + sizeof(uint32_t) + sizeof(uint64_t)) return invalid("truncated");
  uint32_t stored_version = 0;
  std::memcpy(&stored_version, bytes.data() + magic.size(), sizeof(stored_version));
  if (stored_version != version) {
    return invalid("format version " + std::to_string(stored_version) + ", this build reads " +
                   std::to_string(version));
  }
  const std::string_view body = bytes.substr(0, bytes.size() - sizeof(uint64_t));
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + body.size(), sizeof(stored));
  if (stored != Checksum(body)) return invalid("checksum mismatch (truncated or corrupt)");
  return ModelReader(body.substr(magic.size() + sizeof(uint32_t)));
}

absl::Status WriteModelBytes(const std::string& bytes, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return absl::PermissionDeniedError("cannot write " + path);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return absl::InternalError("write failed: " + path);
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadModelBytes(const std::string& path, std::string_view kind) {
  const std::string cannot = "cannot read " + std::string(kind) + ": " + path;
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return absl::NotFoundError(cannot);
  const std::streamoff size = in.tellg();
  if (size < 0) return absl::NotFoundError(cannot);
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return absl::NotFoundError(cannot);
  return bytes;
}

}  // namespace saywho
