// One weight of an averaged perceptron (Collins 2002), averaged lazily: the
// average over all training steps is kept as the sum of step * delta, so an
// update costs O(1) however many steps a weight stays unchanged. The name
// tagger (entities/perceptron.h) and the learned quotation cues
// (quotes/learned_cues.cc) train with it.
#ifndef SAYWHO_COMMON_AVERAGED_WEIGHT_H_
#define SAYWHO_COMMON_AVERAGED_WEIGHT_H_

#include <algorithm>
#include <cstdint>

namespace saywho {

struct AveragedWeight {
  float value = 0.0f;
  double weighted = 0.0;  // sum of step * delta

  // Adds `delta` at training step `step` (counted from 1).
  void Add(float delta, int64_t step) {
    value += delta;
    weighted += static_cast<double>(step) * delta;
  }
  // The weight averaged over `steps` training steps.
  float Average(int64_t steps) const {
    return static_cast<float>(value - weighted / static_cast<double>(std::max<int64_t>(steps, 1)));
  }
};

}  // namespace saywho

#endif  // SAYWHO_COMMON_AVERAGED_WEIGHT_H_
