// The binary container of every model file saywho ships: a magic string
// naming the model kind, a format version (uint32), the model's fields, and
// last a 64-bit checksum of every byte before it. Opening checks magic,
// version and checksum, and the reader checks every length, so a truncated,
// corrupt or foreign file is an InvalidArgument error, never a crash.
// Little endian; fields are written as their bytes.
#ifndef SAYWHO_COMMON_MODEL_IO_H_
#define SAYWHO_COMMON_MODEL_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace saywho {

// Appends fields after the header; Finish() seals the file with its checksum.
class ModelWriter {
 public:
  ModelWriter(std::string_view magic, uint32_t version);

  template <typename T>
  void Put(const T& value) {
    out_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  void PutString(std::string_view s) {
    Put(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename T>
  void PutArray(const std::vector<T>& values) {
    Put(static_cast<uint64_t>(values.size()));
    out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  // The finished file's bytes; the writer is spent.
  std::string Finish() &&;

 private:
  std::string out_;
};

// Reads fields with bounds checks; after the first failure every Get fails.
// Views the bytes given to Open(), which must outlive it.
class ModelReader {
 public:
  // Checks magic, version and checksum; the error names `kind` ("NER
  // model") and what is wrong. The reader starts at the first field.
  static absl::StatusOr<ModelReader> Open(std::string_view bytes, std::string_view magic,
                                          uint32_t version, std::string_view kind);

  template <typename T>
  bool Get(T* value) {
    if (in_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(value, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t size = 0;
    if (!Get(&size) || in_.size() - pos_ < size) return false;
    s->assign(in_.data() + pos_, size);
    pos_ += size;
    return true;
  }
  template <typename T>
  bool GetArray(std::vector<T>* values) {
    uint64_t size = 0;
    if (!Get(&size) || (in_.size() - pos_) / sizeof(T) < size) return false;
    values->resize(size);
    std::memcpy(values->data(), in_.data() + pos_, size * sizeof(T));
    pos_ += size * sizeof(T);
    return true;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  explicit ModelReader(std::string_view in) : in_(in) {}
  std::string_view in_;
  size_t pos_ = 0;
};

// Whole-file reads and writes for model files; errors name the path and `kind`.
absl::Status WriteModelBytes(const std::string& bytes, const std::string& path);
absl::StatusOr<std::string> ReadModelBytes(const std::string& path, std::string_view kind);

}  // namespace saywho

#endif  // SAYWHO_COMMON_MODEL_IO_H_
