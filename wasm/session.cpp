#include "session.h"

#include <emscripten/em_asm.h>
#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "presets.h"

namespace nnplay::wasm {

using emscripten::val;

namespace {

// A JS throw unwinds the wasm stack without running C++ destructors, so nothing that owns memory
// may be alive when it happens: the message lives in static storage, the error is made in JS, and
// the bound functions take their string arguments as JS values that `guarded` bodies move in.
[[noreturn]] void throw_js_error(const char* name, const char* message) {
  EM_ASM(
      {
        const error = new Error(UTF8ToString($1));
        error.name = UTF8ToString($0);
        throw error;
      },
      name, message);
  __builtin_unreachable();
}

// Runs `body`, turning a C++ exception into a JS Error once the C++ handler has finished.
template <typename Body>
auto guarded(Body body) -> decltype(body()) {
  static std::string message;
  const char* name = "NnplayError";
  try {
    return body();
  } catch (const DivergenceError& error) {
    name = "DivergenceError";
    message = error.what();
  } catch (const std::exception& error) {
    message = error.what();
  }
  throw_js_error(name, message.c_str());
}

// Takes ownership of a JS string argument so it is released before any throw.
std::string take_string(val& argument) {
  val owned = std::move(argument);
  if (!owned.isString()) throw std::invalid_argument("expected a string");
  return owned.as<std::string>();
}

val float32_copy(const std::vector<float>& values) {
  return val(emscripten::typed_memory_view(values.size(), values.data())).call<val>("slice");
}

bool is_test(val& argument) {
  std::string which = take_string(argument);
  if (which != "train" && which != "test") throw std::invalid_argument("expected \"train\" or \"test\", not \"" + which + "\"");
  return which == "test";
}

// JSON has no NaN: a metric that does not apply is written as null.
nlohmann::json number_or_null(double value) { return std::isnan(value) ? nlohmann::json() : nlohmann::json(value); }

}  // namespace

Session* Session::create(val config) {
  return guarded([&] { return new Session(take_string(config)); });
}

EpochStats Session::train(int epochs) {
  return guarded([&] { return experiment_.train(epochs); });
}
EpochStats Session::evaluate() {
  return guarded([&] { return experiment_.evaluate(); });
}
int Session::epoch() const { return experiment_.epoch(); }
void Session::reset() { experiment_.reset(); }
void Session::regenerate_data(int seed) {
  guarded([&] { experiment_.regenerate_data(seed); });
}
void Session::set_learning_rate(float rate) {
  guarded([&] { experiment_.set_learning_rate(rate); });
}
void Session::set_regularization(val kind, float rate) {
  guarded([&] { experiment_.set_regularization(take_string(kind), rate); });
}
void Session::set_batch_size(int size) {
  guarded([&] { experiment_.set_batch_size(size); });
}
void Session::set_weight(int layer, int to, int from, float value) {
  guarded([&] { experiment_.set_weight(layer, to, from, value); });
}
void Session::set_bias(int layer, int unit, float value) {
  guarded([&] { experiment_.set_bias(layer, unit, value); });
}
val Session::output_grid(int resolution) {
  return guarded([&] { return float32_copy(experiment_.output_grid(resolution)); });
}
val Session::neuron_grids(int resolution) {
  return guarded([&] { return float32_copy(experiment_.neuron_grids(resolution)); });
}
val Session::points(val which) {
  return guarded([&] { return float32_copy(experiment_.points(is_test(which))); });
}
std::string Session::network_json() const { return experiment_.network_json().dump(); }

std::string Session::metrics_json(val which) {
  return guarded([&] {
    Metrics m = experiment_.metrics(is_test(which));
    nlohmann::json confusion = nlohmann::json::array();
    for (Eigen::Index r = 0; r < m.confusion.rows(); ++r) {
      nlohmann::json row = nlohmann::json::array();
      for (Eigen::Index c = 0; c < m.confusion.cols(); ++c) row.push_back(m.confusion(r, c));
      confusion.push_back(row);
    }
    nlohmann::json class_accuracy = nlohmann::json::array();
    for (double a : m.class_accuracy) class_accuracy.push_back(number_or_null(a));
    return nlohmann::json{{"loss", m.loss},
                          {"accuracy", number_or_null(m.accuracy)},
                          {"classAccuracy", class_accuracy},
                          {"confusion", confusion},
                          {"rmse", number_or_null(m.rmse)},
                          {"r2", number_or_null(m.r2)}}
        .dump();
  });
}

std::string Session::model_json() const { return experiment_.save().dump(); }

std::string Session::trace_json(val inputs_json, float label) {
  return guarded([&] {
    nlohmann::json inputs = nlohmann::json::parse(take_string(inputs_json), nullptr, false);
    if (!inputs.is_array() || !std::all_of(inputs.begin(), inputs.end(), [](auto& v) { return v.is_number(); })) {
      throw std::invalid_argument("the inputs of a traced example must be a JSON list of numbers");
    }
    Eigen::VectorXf raw = Eigen::Map<const Eigen::VectorXf>(inputs.get<std::vector<float>>().data(),
                                                           static_cast<Eigen::Index>(inputs.size()));
    StepTrace trace = experiment_.trace(raw, label);
    auto vector = [](const Eigen::VectorXf& v) { return std::vector<float>(v.data(), v.data() + v.size()); };
    auto layers = [&](const std::vector<Eigen::VectorXf>& per_layer) {
      nlohmann::json list = nlohmann::json::array();
      for (const Eigen::VectorXf& v : per_layer) list.push_back(vector(v));
      return list;
    };
    auto matrices = [&](const std::vector<Eigen::MatrixXf>& per_layer) {
      nlohmann::json list = nlohmann::json::array();
      for (const Eigen::MatrixXf& m : per_layer) {
        nlohmann::json rows = nlohmann::json::array();
        for (Eigen::Index r = 0; r < m.rows(); ++r) rows.push_back(vector(m.row(r).transpose()));
        list.push_back(rows);
      }
      return list;
    };
    return nlohmann::json{{"inputs", vector(trace.inputs)},
                          {"target", vector(trace.target)},
                          {"z", layers(trace.z)},
                          {"a", layers(trace.a)},
                          {"delta", layers(trace.delta)},
                          {"loss", trace.loss},
                          {"weightGradients", matrices(trace.weight_gradients)},
                          {"biasGradients", layers(trace.bias_gradients)},
                          {"weightChanges", matrices(trace.weight_changes)},
                          {"biasChanges", layers(trace.bias_changes)}}
        .dump();
  });
}

std::string preset_config(val name) {
  return guarded([&] { return nnplay::preset_config(take_string(name)).dump(); });
}

int heap_in_use() { return static_cast<int>(mallinfo().uordblks); }

}  // namespace nnplay::wasm
