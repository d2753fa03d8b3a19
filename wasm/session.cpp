#include "session.h"

#include <emscripten/em_asm.h>
#include <malloc.h>

#include <exception>
#include <limits>
#include <vector>

#include "checked_number.h"
#include "csv.h"
#include "engine_facts.h"
#include "error_report.h"
#include "json_text.h"
#include "plane_data.h"
#include "presets.h"
#include "report_json.h"

namespace nnplay::wasm {

using emscripten::val;

namespace {

// A JS throw unwinds the wasm stack without running C++ destructors, so nothing that owns memory
// may be alive when it happens: the report lives in static storage, the error is made in JS, and
// the bound functions take their JS arguments as values that `guarded` bodies move in.
[[noreturn]] void throw_js_error(const ErrorReport& report) {
  EM_ASM(
      {
        const error = new Error(UTF8ToString($2));
        error.name = UTF8ToString($0);
        error.kind = UTF8ToString($1);
        throw error;
      },
      report.name, report.kind, report.message.c_str());
  __builtin_unreachable();
}

// Runs `body`, turning a C++ exception into a JS Error once the C++ handler has finished.
// `doing` names the call in an out-of-memory message.
template <typename Body>
auto guarded(const char* doing, Body body) -> decltype(body()) {
  static ErrorReport report;
  try {
    return body();
  } catch (...) {
    report = describe_exception(std::current_exception(), doing);
  }
  throw_js_error(report);
}

// Takes ownership of a JS string argument so it is released before any throw.
std::string take_string(val& argument) {
  val owned = std::move(argument);
  if (!owned.isString()) throw std::invalid_argument("expected a string");
  return owned.as<std::string>();
}

// Takes an array of numbers or a typed array; each entry must be finite as a float (one that is
// not a number reads as NaN).
Eigen::VectorXf take_numbers(val& argument, const char* what) {
  val owned = std::move(argument);
  const bool typed = val::global("ArrayBuffer").call<bool>("isView", owned) && !owned.instanceof(val::global("DataView"));
  if (!typed && !val::global("Array").call<bool>("isArray", owned)) {
    throw std::invalid_argument("expected an array of numbers or a Float32Array");
  }
  const std::vector<double> numbers = emscripten::convertJSArrayToNumberVector<double>(owned);
  Eigen::VectorXf values(static_cast<Eigen::Index>(numbers.size()));
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    values(static_cast<Eigen::Index>(i)) =
        finite_float(numbers[i], [&] { return std::string(what) + "[" + std::to_string(i) + "]"; });
  }
  return values;
}

// A JS number that must be a whole int: the core checks its range for what it means.
int whole(double number, const char* what) {
  return whole_number(number, what, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

val float32_copy(const std::vector<float>& values) {
  return val(emscripten::typed_memory_view(values.size(), values.data())).call<val>("slice");
}

val float32_copy(const Eigen::VectorXf& values) {
  return val(emscripten::typed_memory_view(static_cast<std::size_t>(values.size()), values.data())).call<val>("slice");
}

// Copies `values` into `target`, a Float32Array of the same length the caller keeps between calls.
void copy_into(const std::vector<float>& values, val& target) {
  val owned = std::move(target);
  if (!owned.instanceof(val::global("Float32Array"))) throw std::invalid_argument("expected a Float32Array to write the grid into");
  const auto length = owned["length"].as<std::size_t>();
  if (length != values.size()) {
    throw std::invalid_argument("the Float32Array holds " + std::to_string(length) + " numbers; this grid needs " + std::to_string(values.size()));
  }
  owned.call<void>("set", emscripten::typed_memory_view(values.size(), values.data()));
}

bool is_test(val& argument) {
  std::string which = take_string(argument);
  if (which != "train" && which != "test") throw std::invalid_argument("expected \"train\" or \"test\", not \"" + which + "\"");
  return which == "test";
}

}  // namespace

// clang-format off
Session* Session::create(val config) { return guarded("creating a session", [&] { return new Session(take_string(config)); }); }
EpochStats Session::train(double epochs) { return guarded("training", [&] { return experiment_.train(whole(epochs, "the number of epochs")); }); }
EpochStats Session::evaluate() { return guarded("evaluating", [&] { return experiment_.evaluate(); }); }
int Session::epoch() { return guarded("reading the epoch", [&] { return experiment_.epoch(); }); }
void Session::reset() { guarded("resetting", [&] { experiment_.reset(); }); }
void Session::set_data(val dataset) { guarded("replacing the data", [&] { experiment_.set_data(nnplay::parse_json(take_string(dataset), "the data")); }); }
void Session::regenerate_data(double seed) { guarded("regenerating the data", [&] { experiment_.regenerate_data(whole(seed, "the seed")); }); }
void Session::set_learning_rate(double rate) { guarded("setting the learning rate", [&] { experiment_.set_learning_rate(finite_float(rate, "the learning rate")); }); }
void Session::set_regularization(val kind, double rate) { guarded("setting the regularization", [&] { experiment_.set_regularization(take_string(kind), finite_float(rate, "the regularization rate")); }); }
void Session::set_batch_size(double size) { guarded("setting the batch size", [&] { experiment_.set_batch_size(whole(size, "the batch size")); }); }
void Session::set_weight(double layer, double to, double from, double value) { guarded("setting a weight", [&] { experiment_.set_weight(whole(layer, "layer"), whole(to, "neuron"), whole(from, "input"), finite_float(value, "a weight")); }); }
void Session::set_bias(double layer, double unit, double value) { guarded("setting a bias", [&] { experiment_.set_bias(whole(layer, "layer"), whole(unit, "neuron"), finite_float(value, "a bias")); }); }
val Session::output_grid(double resolution) { return guarded("computing the output grid", [&] { return float32_copy(experiment_.output_grid(whole(resolution, "the grid resolution"))); }); }
val Session::neuron_grids(double resolution) { return guarded("computing the neuron grids", [&] { return float32_copy(experiment_.neuron_grids(whole(resolution, "the grid resolution"))); }); }
void Session::output_grid_into(double resolution, val target) { guarded("computing the output grid", [&] { copy_into(experiment_.output_grid(whole(resolution, "the grid resolution")), target); }); }
void Session::neuron_grids_into(double resolution, val target) { guarded("computing the neuron grids", [&] { copy_into(experiment_.neuron_grids(whole(resolution, "the grid resolution")), target); }); }
val Session::neuron_grid(double neuron, double resolution) { return guarded("computing a neuron grid", [&] { return float32_copy(experiment_.neuron_grid(whole(resolution, "the grid resolution"), whole(neuron, "neuron"))); }); }
val Session::class_grids(double resolution) { return guarded("computing the class grids", [&] { return float32_copy(experiment_.class_grids(whole(resolution, "the grid resolution"))); }); }
val Session::points(val which) { return guarded("copying the points", [&] { return float32_copy(experiment_.points(is_test(which))); }); }
std::string Session::network_json() { return guarded("writing the network", [&] { return experiment_.network_json().dump(); }); }
std::string Session::metrics_json(val which) { return guarded("computing the metrics", [&] { return nnplay::metrics_json(experiment_.metrics(is_test(which))).dump(); }); }
std::string Session::model_json() { return guarded("writing the model", [&] { return experiment_.save().dump(); }); }
val Session::snapshot() { return guarded("copying the weights", [&] { return float32_copy(experiment_.snapshot()); }); }
void Session::restore(val parameters) { guarded("restoring the weights", [&] { experiment_.restore(take_numbers(parameters, "parameters")); }); }
val Session::training_state() { return guarded("copying the training state", [&] { return float32_copy(experiment_.training_state()); }); }
void Session::restore_training_state(val state) { guarded("restoring the training state", [&] { experiment_.restore_training_state(take_numbers(state, "the training state")); }); }
std::string Session::trace_json(val inputs, double label) { return guarded("tracing a step", [&] { return nnplay::trace_json(experiment_.trace(take_numbers(inputs, "inputs"), finite_float(label, "the label"))).dump(); }); }
std::string Session::trace_example_json(double index) { return guarded("tracing a step", [&] { return nnplay::trace_json(experiment_.trace_example(whole(index, "the training example"))).dump(); }); }

std::string preset_config(val name) { return guarded("writing a preset", [&] { return nnplay::preset_config(take_string(name)).dump(); }); }
std::string csv_preview(val text, double rows) {
  return guarded("reading the CSV", [&] {
    const nnplay::CsvPreview preview = nnplay::preview_csv(take_string(text), static_cast<std::size_t>(whole_number(rows, "rows", 0, 1000)));
    return nlohmann::json{{"columns", preview.columns}, {"rows", preview.rows}, {"totalRows", preview.total_rows}}.dump();
  });
}
std::string plane_csv(val text, val x, val y, val label, val labels) {
  return guarded("reading the CSV", [&] {
    const std::string csv = take_string(text);
    const std::string kind = take_string(labels);
    return nnplay::plane_csv(csv, {take_string(x), take_string(y), take_string(label), nnplay::label_kind(kind, "labels")});
  });
}
val engine_facts() { return guarded("listing the engine facts", [&] { return val::global("JSON").call<val>("parse", nnplay::engine_facts().dump()); }); }
val feature_grids(double resolution) { return guarded("computing the feature grids", [&] { return float32_copy(nnplay::feature_grids(whole(resolution, "the grid resolution"))); }); }
int heap_in_use() { return static_cast<int>(mallinfo().uordblks); }
// clang-format on

}  // namespace nnplay::wasm
