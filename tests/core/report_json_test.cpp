#include <doctest/doctest.h>

#include <cmath>

#include "report_json.h"

using nlohmann::json;
using namespace nnplay;

namespace {

// One raw input, one output unit of the given head: output = head(w · x + b).
Model one_input_model(const char* head, float weight, float bias, int classes) {
  Network network({1, {{1, head}}});
  network.layers()[0].weights << weight;
  network.layers()[0].biases << bias;
  return {InputTransform{}, network, classes, {"x"}, {}, "label", 0.0f, 1.0f, {}};
}

Metrics metrics_of(const Model& model, const char* loss_name, std::initializer_list<float> inputs,
                   std::initializer_list<float> labels) {
  Dataset data;
  data.inputs = Eigen::Map<const Eigen::RowVectorXf>(inputs.begin(), static_cast<Eigen::Index>(inputs.size()));
  data.labels = Eigen::Map<const Eigen::VectorXf>(labels.begin(), static_cast<Eigen::Index>(labels.size()));
  Pass pass;
  return evaluate(model, loss(loss_name), prepare_examples(model, data), pass);
}

double sigmoid(double z) { return 1 / (1 + std::exp(-z)); }

}  // namespace

TEST_CASE("two-class metrics: confusion matrix, accuracy per class, mean loss") {
  // p = σ(x), predicted class 1 where p ≥ 0.5, i.e. x ≥ 0.
  // x:         −2  −1   1   2   3
  // truth:      0   1   1   0   1
  // predicted:  0   0   1   1   1
  // confusion [truth][predicted]: truth 0 → (1, 1), truth 1 → (1, 2); accuracy 3/5; per class 1/2, 2/3
  const Model model = one_input_model("sigmoid", 1, 0, 2);
  const Metrics m = metrics_of(model, "binary_cross_entropy", {-2, -1, 1, 2, 3}, {0, 1, 1, 0, 1});
  CHECK(m.confusion == (Eigen::MatrixXi(2, 2) << 1, 1, 1, 2).finished());
  CHECK(m.accuracy == doctest::Approx(0.6));
  REQUIRE(m.class_accuracy.size() == 2);
  CHECK(m.class_accuracy[0] == doctest::Approx(0.5));
  CHECK(m.class_accuracy[1] == doctest::Approx(2.0 / 3));
  // Binary cross-entropy: −log(1 − p) for class 0, −log p for class 1, averaged.
  const double loss = (-std::log(1 - sigmoid(-2)) - std::log(sigmoid(-1)) - std::log(sigmoid(1)) -
                       std::log(1 - sigmoid(2)) - std::log(sigmoid(3))) / 5;
  CHECK(m.loss == doctest::Approx(loss).epsilon(1e-5));
  CHECK(std::isnan(m.rmse));
  CHECK(std::isnan(m.r2));

  const json j = metrics_json(m);
  CHECK(j["confusion"] == json{{1, 1}, {1, 2}});
  // σ(x) ≥ 0.5 from x = 0 up: x = −2, −1 → class 0; 1, 2, 3 → class 1, in the examples' order
  CHECK(j["predicted"] == json{0, 0, 1, 1, 1});
  CHECK(j["accuracy"].get<double>() == doctest::Approx(0.6));
  CHECK(j["classAccuracy"][1].get<double>() == doctest::Approx(2.0 / 3));
  CHECK(j["loss"].get<double>() == doctest::Approx(loss).epsilon(1e-5));
  CHECK(j["rmse"].is_null());
  CHECK(j["r2"].is_null());
}

TEST_CASE("a class with no example has no accuracy: null in JSON") {
  // Softmax of three classes over one input x: z = (x, −x, 0) with weights (1, −1, 0), biases 0.
  // x = 2 → class 0 (z 2, −2, 0), x = −2 → class 1; class 2 never true (nor predicted).
  Network network({1, {{3, "softmax"}}});
  network.layers()[0].weights << 1, -1, 0;
  network.layers()[0].biases.setZero();
  const Model model{InputTransform{}, network, 3, {"x"}, {}, "label", 0.0f, 1.0f, {}};
  const Metrics m = metrics_of(model, "cross_entropy", {2, -2, 2}, {0, 1, 1});
  // truth 0: predicted 0; truth 1: predicted 1 (x = −2) and 0 (x = 2)
  CHECK(m.confusion == (Eigen::MatrixXi(3, 3) << 1, 0, 0, 1, 1, 0, 0, 0, 0).finished());
  const json j = metrics_json(m);
  CHECK(j["classAccuracy"][0].get<double>() == 1.0);
  CHECK(j["classAccuracy"][1].get<double>() == 0.5);
  CHECK(j["classAccuracy"][2].is_null());
  CHECK(j["accuracy"].get<double>() == doctest::Approx(2.0 / 3));
}

TEST_CASE("regression metrics: RMSE and R² in the label's units") {
  // prediction = 10 + 2 · (0.5x) = 10 + x; x = 1, 2, 3 → 11, 12, 13; truth 11, 12, 14
  // errors 0, 0, −1: RMSE = √(1/3)
  Model model = one_input_model("linear", 0.5f, 0, 0);
  model.target_mean = 10;
  model.target_scale = 2;
  const Metrics m = metrics_of(model, "squared", {1, 2, 3}, {11, 12, 14});
  CHECK(m.rmse == doctest::Approx(std::sqrt(1.0 / 3)));
  // deviations from 37/3: −4/3, −1/3, 5/3 → Σ² = (16 + 1 + 25)/9 = 42/9; R² = 1 − 1/(42/9) = 33/42
  CHECK(m.r2 == doctest::Approx(33.0 / 42));
  // The loss is on the standardised target: ½((13 − 14)/2)² / 3 = ½ · ¼ / 3 = 1/24
  CHECK(m.loss == doctest::Approx(1.0 / 24));
  const json j = metrics_json(m);
  CHECK(j["accuracy"].is_null());
  CHECK(j["confusion"] == json::array());
  CHECK(j["classAccuracy"] == json::array());
  CHECK(j["predicted"] == json::array());
  CHECK(j["rmse"].get<double>() == doctest::Approx(std::sqrt(1.0 / 3)));
  CHECK(j["r2"].get<double>() == doctest::Approx(33.0 / 42));
}

TEST_CASE("a trace's JSON lists vectors per layer and matrices as [layer][to][from]") {
  StepTrace trace;
  trace.inputs = Eigen::Vector2f(1, 2);
  trace.target = Eigen::VectorXf::Constant(1, -1);
  trace.z = {Eigen::Vector3f(0.1f, 0.2f, 0.3f)};
  trace.a = {Eigen::Vector3f(0.4f, 0.5f, 0.6f)};
  trace.delta = {Eigen::Vector3f(0.7f, 0.8f, 0.9f)};
  trace.loss = 0.25;
  Eigen::MatrixXf weights(3, 2);  // [to, from]
  weights << 1, 2,  //
      3, 4,         //
      5, 6;
  trace.weight_gradients = {weights};
  trace.bias_gradients = {Eigen::Vector3f(7, 8, 9)};
  trace.weight_changes = {-weights};
  trace.bias_changes = {Eigen::Vector3f(-7, -8, -9)};
  const json j = trace_json(trace);
  CHECK(j["inputs"] == json{1, 2});
  CHECK(j["target"] == json{-1});
  CHECK(j["z"][0][2].get<float>() == 0.3f);
  CHECK(j["a"][0][0].get<float>() == 0.4f);
  CHECK(j["delta"][0][1].get<float>() == 0.8f);
  CHECK(j["loss"] == 0.25);
  CHECK(j["weightGradients"] == json{{{1, 2}, {3, 4}, {5, 6}}});
  CHECK(j["weightChanges"][0][2][1] == -6);
  CHECK(j["biasGradients"] == json{{7, 8, 9}});
  CHECK(j["biasChanges"][0][0] == -7);
}
