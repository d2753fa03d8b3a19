#pragma once
#include <emscripten/val.h>

#include <string>

#include "experiment.h"

namespace nnplay::wasm {

/// What JavaScript holds of an Experiment: each method forwards one call. A C++ exception becomes
/// a JS Error with the same message, a `name` ("NnplayError", or "DivergenceError") and a `kind`
/// ("bad-input", "divergence", "out-of-memory" or "internal": core/error_report.h); bulk results
/// come back as Float32Array copies that stay valid after later calls. Numbers arrive as doubles,
/// since an int or float parameter would silently wrap or round a JS number, and are checked on the
/// way in (core/checked_number.h): counts and indices must be whole, values finite as floats.
class Session {
 public:
  /// Throws a JS Error when the configuration is bad (a factory, so nothing leaks when it does).
  static Session* create(emscripten::val config);

  EpochStats train(double epochs);
  EpochStats evaluate();
  int epoch();
  void reset();
  void regenerate_data(double seed);
  /// Experiment::set_data with the JSON text of a `dataset` object (docs/config.md).
  void set_data(emscripten::val dataset);
  void set_learning_rate(double rate);
  void set_regularization(emscripten::val kind, double rate);
  void set_batch_size(double size);
  void set_weight(double layer, double to, double from, double value);
  void set_bias(double layer, double unit, double value);
  emscripten::val output_grid(double resolution);
  emscripten::val neuron_grids(double resolution);
  /// output_grid and neuron_grids written into a Float32Array of the grid's length that the caller
  /// keeps, so a grid drawn every frame costs one copy and no allocation.
  void output_grid_into(double resolution, emscripten::val target);
  void neuron_grids_into(double resolution, emscripten::val target);
  emscripten::val neuron_grid(double neuron, double resolution);
  emscripten::val class_grids(double resolution);
  emscripten::val points(emscripten::val which);
  std::string network_json();
  /// core/report_json.h's metrics of "train" or "test".
  std::string metrics_json(emscripten::val which);
  /// The model file (docs/model-format.md) as JSON text.
  std::string model_json();
  /// Every weight and bias (core/snapshot.h's order) as a Float32Array.
  emscripten::val snapshot();
  /// Puts a snapshot back (an array of numbers or a Float32Array); the training goes on as it was.
  void restore(emscripten::val parameters);
  /// What training carries between epochs besides the weights (core/trainer.h's state) as a Float32Array.
  emscripten::val training_state();
  /// Puts a training state of this network back (an array of numbers or a Float32Array).
  void restore_training_state(emscripten::val state);
  /// core/report_json.h's trace of one example: `inputs` an array of numbers or a Float32Array of
  /// the raw inputs, `label` a class index or a value.
  std::string trace_json(emscripten::val inputs, double label);
  /// core/report_json.h's trace of training example `index`, with its minibatch's step.
  std::string trace_example_json(double index);

 private:
  explicit Session(const std::string& config) : experiment_(config) {}
  Experiment experiment_;
};

/// The JSON configuration of one of the article's presets (core/presets.h).
std::string preset_config(emscripten::val name);

/// core/csv.h's preview of a CSV text as JSON: {"columns", "rows" (the first `rows`), "totalRows"}.
std::string csv_preview(emscripten::val text, double rows);

/// core/plane_data.h's 2-D points CSV of a CSV's columns `x`, `y`, `label`; `labels`: "auto",
/// "classes" or "values".
std::string plane_csv(emscripten::val text, emscripten::val x, emscripten::val y, emscripten::val label, emscripten::val labels);

/// core/engine_facts.h's facts as a plain JS object.
emscripten::val engine_facts();

/// Every Playground feature over a resolution² grid (core/plane_grids.h): [features][resolution²].
emscripten::val feature_grids(double resolution);

/// Bytes the C++ heap has in use, for leak tests.
int heap_in_use();

}  // namespace nnplay::wasm
