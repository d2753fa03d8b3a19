#pragma once
#include <emscripten/val.h>

#include <string>

#include "experiment.h"

namespace nnplay::wasm {

/// What JavaScript holds of an Experiment: every call catches C++ exceptions and throws a JS
/// Error with the same message (name "DivergenceError" when training diverged, else "NnplayError"),
/// and bulk results come back as Float32Array copies that stay valid after later calls.
class Session {
 public:
  /// Throws a JS Error when the configuration is bad (a factory, so nothing leaks when it does).
  static Session* create(emscripten::val config);

  EpochStats train(int epochs);
  EpochStats evaluate();
  int epoch() const;
  void reset();
  void regenerate_data(int seed);
  void set_learning_rate(float rate);
  void set_regularization(emscripten::val kind, float rate);
  void set_batch_size(int size);
  void set_weight(int layer, int to, int from, float value);
  void set_bias(int layer, int unit, float value);
  emscripten::val output_grid(int resolution);
  emscripten::val neuron_grids(int resolution);
  emscripten::val points(emscripten::val which);
  std::string network_json() const;
  /// Loss, accuracy, per-class accuracy, confusion matrix, RMSE and R² of "train" or "test", as JSON.
  std::string metrics_json(emscripten::val which);
  /// The model file (docs/model-format.md) as JSON text.
  std::string model_json() const;
  /// One gradient-descent step on one example, traced (see StepTrace), as JSON. `inputs_json` is a
  /// list of the raw inputs; `label` a class index or a value.
  std::string trace_json(emscripten::val inputs_json, float label);

 private:
  explicit Session(const std::string& config) : experiment_(config) {}
  Experiment experiment_;
};

/// The JSON configuration of one of the article's presets (core/presets.h).
std::string preset_config(emscripten::val name);

/// Bytes the C++ heap has in use, for leak tests.
int heap_in_use();

}  // namespace nnplay::wasm
