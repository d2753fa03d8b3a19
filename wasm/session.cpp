#include "session.h"

#include <emscripten/em_asm.h>
#include <malloc.h>

#include <exception>
#include <vector>

#include "engine_facts.h"
#include "error_report.h"
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
template <typename Body>
auto guarded(Body body) -> decltype(body()) {
  static ErrorReport report;
  try {
    return body();
  } catch (...) {
    report = describe_exception(std::current_exception());
  }
  throw_js_error(report);
}

// Takes ownership of a JS string argument so it is released before any throw.
std::string take_string(val& argument) {
  val owned = std::move(argument);
  if (!owned.isString()) throw std::invalid_argument("expected a string");
  return owned.as<std::string>();
}

// Takes an array of numbers or a typed array; an entry that is not a number becomes NaN.
Eigen::VectorXf take_numbers(val& argument) {
  val owned = std::move(argument);
  const bool typed = val::global("ArrayBuffer").call<bool>("isView", owned) && !owned.instanceof(val::global("DataView"));
  if (!typed && !val::global("Array").call<bool>("isArray", owned)) {
    throw std::invalid_argument("expected an array of numbers or a Float32Array");
  }
  std::vector<float> numbers = emscripten::convertJSArrayToNumberVector<float>(owned);
  return Eigen::Map<const Eigen::VectorXf>(numbers.data(), static_cast<Eigen::Index>(numbers.size()));
}

val float32_copy(const std::vector<float>& values) {
  return val(emscripten::typed_memory_view(values.size(), values.data())).call<val>("slice");
}

bool is_test(val& argument) {
  std::string which = take_string(argument);
  if (which != "train" && which != "test") throw std::invalid_argument("expected \"train\" or \"test\", not \"" + which + "\"");
  return which == "test";
}

}  // namespace

// clang-format off
Session* Session::create(val config) { return guarded([&] { return new Session(take_string(config)); }); }
EpochStats Session::train(int epochs) { return guarded([&] { return experiment_.train(epochs); }); }
EpochStats Session::evaluate() { return guarded([&] { return experiment_.evaluate(); }); }
int Session::epoch() { return guarded([&] { return experiment_.epoch(); }); }
void Session::reset() { guarded([&] { experiment_.reset(); }); }
void Session::regenerate_data(int seed) { guarded([&] { experiment_.regenerate_data(seed); }); }
void Session::set_learning_rate(float rate) { guarded([&] { experiment_.set_learning_rate(rate); }); }
void Session::set_regularization(val kind, float rate) { guarded([&] { experiment_.set_regularization(take_string(kind), rate); }); }
void Session::set_batch_size(int size) { guarded([&] { experiment_.set_batch_size(size); }); }
void Session::set_weight(int layer, int to, int from, float value) { guarded([&] { experiment_.set_weight(layer, to, from, value); }); }
void Session::set_bias(int layer, int unit, float value) { guarded([&] { experiment_.set_bias(layer, unit, value); }); }
val Session::output_grid(int resolution) { return guarded([&] { return float32_copy(experiment_.output_grid(resolution)); }); }
val Session::neuron_grids(int resolution) { return guarded([&] { return float32_copy(experiment_.neuron_grids(resolution)); }); }
val Session::neuron_grid(int neuron, int resolution) { return guarded([&] { return float32_copy(experiment_.neuron_grid(resolution, neuron)); }); }
val Session::points(val which) { return guarded([&] { return float32_copy(experiment_.points(is_test(which))); }); }
std::string Session::network_json() { return guarded([&] { return experiment_.network_json().dump(); }); }
std::string Session::metrics_json(val which) { return guarded([&] { return nnplay::metrics_json(experiment_.metrics(is_test(which))).dump(); }); }
std::string Session::model_json() { return guarded([&] { return experiment_.save().dump(); }); }
std::string Session::trace_json(val inputs, float label) { return guarded([&] { return nnplay::trace_json(experiment_.trace(take_numbers(inputs), label)).dump(); }); }

std::string preset_config(val name) { return guarded([&] { return nnplay::preset_config(take_string(name)).dump(); }); }
val engine_facts() { return guarded([&] { return val::global("JSON").call<val>("parse", nnplay::engine_facts().dump()); }); }
val feature_grids(int resolution) { return guarded([&] { return float32_copy(nnplay::feature_grids(resolution)); }); }
int heap_in_use() { return static_cast<int>(mallinfo().uordblks); }
// clang-format on

}  // namespace nnplay::wasm
