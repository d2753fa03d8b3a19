#include <doctest/doctest.h>

#include <cmath>

#include "metrics.h"

using Eigen::MatrixXf;
using namespace nnplay;

namespace {

Model model_of(Network network, int classes) {
  Model model{InputTransform{}, std::move(network), classes, {}, {}, "label", 0.0f, 1.0f, {}};
  model.check_outputs();
  return model;
}

// Three inputs into a 3-unit softmax with weights log 2 · identity: input e_j gives z = log 2 · e_j, so
// class j gets 2 / (2 + 1 + 1) = 1/2 and each other class 1/4.
Model three_class_model() {
  Network network({3, {{3, "softmax"}}});
  network.layers()[0].weights = MatrixXf::Identity(3, 3) * std::log(2.0f);
  network.layers()[0].biases.setZero();
  return model_of(network, 3);
}

// Examples whose input is e_predicted and whose label is `truth`, with one-hot targets.
Examples classified(std::initializer_list<std::pair<int, int>> truth_and_predicted, int classes) {
  Examples e;
  const auto count = static_cast<Eigen::Index>(truth_and_predicted.size());
  e.inputs = MatrixXf::Zero(classes, count);   // [classes, examples]
  e.targets = MatrixXf::Zero(classes, count);  // [classes, examples]
  e.labels.resize(count);
  Eigen::Index i = 0;
  for (auto [truth, predicted] : truth_and_predicted) {
    e.inputs(predicted, i) = 1;
    e.targets(truth, i) = 1;
    e.labels(i) = static_cast<float>(truth);
    ++i;
  }
  return e;
}

}  // namespace

TEST_CASE("classification metrics of a 3-class model on six hand-made examples") {
  // (truth, predicted): (0, 0), (0, 0), (0, 1), (1, 1), (2, 0), (2, 2)
  Pass pass;
  Metrics m = evaluate(three_class_model(), loss("cross_entropy"),
                       classified({{0, 0}, {0, 0}, {0, 1}, {1, 1}, {2, 0}, {2, 2}}, 3), pass);
  Eigen::Matrix3i confusion;
  confusion << 2, 1, 0,  // true 0: two right, one taken for 1
      0, 1, 0,           // true 1: right
      1, 0, 1;           // true 2: one taken for 0, one right
  CHECK(m.confusion == confusion);
  CHECK(m.predicted == std::vector<int>{0, 0, 1, 1, 0, 2});
  CHECK(m.accuracy == doctest::Approx(4.0 / 6));
  REQUIRE(m.class_accuracy.size() == 3);
  CHECK(m.class_accuracy[0] == doctest::Approx(2.0 / 3));
  CHECK(m.class_accuracy[1] == doctest::Approx(1.0));
  CHECK(m.class_accuracy[2] == doctest::Approx(0.5));
  // Right answers cost −log ½ = log 2, wrong ones −log ¼ = 2 log 2: (4·log 2 + 2·2 log 2)/6 = 4/3 log 2 = 0.9241962
  CHECK(m.loss == doctest::Approx(0.9241962).epsilon(1e-6));
  CHECK(std::isnan(m.rmse));
  CHECK(std::isnan(m.r2));

  SUBCASE("a class with no examples has no accuracy (NaN), not 0") {
    Metrics without_1 = evaluate(three_class_model(), loss("cross_entropy"), classified({{0, 0}, {2, 1}}, 3), pass);
    CHECK(without_1.class_accuracy[0] == doctest::Approx(1.0));
    CHECK(std::isnan(without_1.class_accuracy[1]));
    CHECK(without_1.class_accuracy[2] == doctest::Approx(0.0));
    CHECK(without_1.confusion(2, 1) == 1);
  }
}

TEST_CASE("one output unit: class 1 from 0.5 up for sigmoid, from 0 up for the other heads") {
  // out = activation(w·x) with w = 1, b = 0, so x = 0 lands exactly on each threshold.
  Network sigmoid_unit({1, {{1, "sigmoid"}}}), tanh_unit({1, {{1, "tanh"}}});
  sigmoid_unit.layers()[0].weights(0, 0) = 1;
  tanh_unit.layers()[0].weights(0, 0) = 1;
  Examples e;
  e.inputs.resize(1, 3);
  e.inputs << -1, 0, 1;  // [1, examples]
  e.labels.resize(3);
  e.labels << 0, 1, 1;
  Pass pass;

  SUBCASE("sigmoid: σ(−1) < 0.5 → 0, σ(0) = 0.5 → 1, σ(1) → 1") {
    e.targets = e.labels.transpose();
    CHECK(evaluate(model_of(sigmoid_unit, 2), loss("binary_cross_entropy"), e, pass).accuracy == doctest::Approx(1.0));
  }
  SUBCASE("tanh: tanh(−1) < 0 → 0, tanh(0) = 0 → 1, tanh(1) → 1") {
    e.targets.resize(1, 3);
    e.targets << -1, 1, 1;
    Metrics m = evaluate(model_of(tanh_unit, 2), loss("squared"), e, pass);
    CHECK(m.accuracy == doctest::Approx(1.0));
    CHECK(m.confusion == Eigen::Matrix2i{{1, 0}, {0, 2}});
  }
}

TEST_CASE("regression metrics in the label's units: RMSE and R² on four hand-made examples") {
  // out = x; predictions in the label's units 10 + 2·out.
  Network identity({1, {{1, "linear"}}});
  identity.layers()[0].weights(0, 0) = 1;
  Model model = model_of(identity, 0);
  model.target_mean = 10;
  model.target_scale = 2;
  Examples e;
  e.inputs.resize(1, 4);
  e.inputs << 0, 1, -1, 2;  // predictions 10, 12, 8, 14
  e.labels.resize(4);
  e.labels << 10, 13, 8, 13;  // errors 0, −1, 0, 1
  e.targets = ((e.labels.array() - 10) / 2).matrix().transpose();  // 0, 1.5, −1, 1.5
  Pass pass;
  Metrics m = evaluate(model, loss("squared"), e, pass);
  // RMSE = √((0 + 1 + 0 + 1)/4) = √0.5 = 0.7071068
  CHECK(m.rmse == doctest::Approx(0.7071068).epsilon(1e-6));
  // Mean label 11, deviations −1, 2, −3, 2: Σ = 1 + 4 + 9 + 4 = 18; R² = 1 − 2/18 = 0.8888889
  CHECK(m.r2 == doctest::Approx(0.8888889).epsilon(1e-6));
  // Standardised: out − target = 0, −0.5, 0, 0.5: ½(0.25 + 0.25)/4 = 0.0625
  CHECK(m.loss == doctest::Approx(0.0625));
  CHECK(std::isnan(m.accuracy));
  CHECK(m.class_accuracy.empty());

  SUBCASE("labels that do not vary have no R² (NaN)") {
    e.labels << 10, 10, 10, 10;
    Metrics constant = evaluate(model, loss("squared"), e, pass);
    CHECK(std::isnan(constant.r2));
    // errors 0, 2, −2, 4: √((0 + 4 + 4 + 16)/4) = √6 = 2.4494897
    CHECK(constant.rmse == doctest::Approx(2.4494897).epsilon(1e-6));
  }
}
