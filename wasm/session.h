#pragma once
#include <emscripten/val.h>

#include <string>

#include "experiment.h"

namespace nnplay::wasm {

/// What JavaScript holds of an Experiment: each method forwards one call. A C++ exception becomes
/// a JS Error with the same message, a `name` ("NnplayError", or "DivergenceError") and a `kind`
/// ("bad-input", "divergence", "out-of-memory" or "internal": core/error_report.h); bulk results
/// come back as Float32Array copies that stay valid after later calls.
class Session {
 public:
  /// Throws a JS Error when the configuration is bad (a factory, so nothing leaks when it does).
  static Session* create(emscripten::val config);

  EpochStats train(int epochs);
  EpochStats evaluate();
  int epoch();
  void reset();
  void regenerate_data(int seed);
  void set_learning_rate(float rate);
  void set_regularization(emscripten::val kind, float rate);
  void set_batch_size(int size);
  void set_weight(int layer, int to, int from, float value);
  void set_bias(int layer, int unit, float value);
  emscripten::val output_grid(int resolution);
  emscripten::val neuron_grids(int resolution);
  emscripten::val neuron_grid(int neuron, int resolution);
  emscripten::val points(emscripten::val which);
  std::string network_json();
  /// core/report_json.h's metrics of "train" or "test".
  std::string metrics_json(emscripten::val which);
  /// The model file (docs/model-format.md) as JSON text.
  std::string model_json();
  /// core/report_json.h's trace of one example: `inputs` an array of numbers or a Float32Array of
  /// the raw inputs, `label` a class index or a value.
  std::string trace_json(emscripten::val inputs, float label);

 private:
  explicit Session(const std::string& config) : experiment_(config) {}
  Experiment experiment_;
};

/// The JSON configuration of one of the article's presets (core/presets.h).
std::string preset_config(emscripten::val name);

/// core/engine_facts.h's facts as a plain JS object.
emscripten::val engine_facts();

/// Every Playground feature over a resolution² grid (core/plane_grids.h): [features][resolution²].
emscripten::val feature_grids(int resolution);

/// Bytes the C++ heap has in use, for leak tests.
int heap_in_use();

}  // namespace nnplay::wasm
