#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "activation.h"
#include "loss.h"

using Eigen::MatrixXf;
using namespace nnplay;

namespace {

// a = head(z) for one batch [units, batch].
MatrixXf activate(const std::string& head, const MatrixXf& z) {
  MatrixXf a;
  activation(head).apply(z, a);
  return a;
}

double total(const std::string& name, const std::string& head, const MatrixXf& z, const MatrixXf& target) {
  return loss(name).total(z, activate(head, z), target);
}

MatrixXf delta(const std::string& name, const std::string& head, const MatrixXf& z, const MatrixXf& target) {
  MatrixXf result;
  loss(name).output_delta(z, activate(head, z), target, activation(head), result);
  return result;
}

MatrixXf column(std::initializer_list<float> values) {
  MatrixXf m(static_cast<Eigen::Index>(values.size()), 1);
  Eigen::Index i = 0;
  for (float v : values) m(i++, 0) = v;
  return m;
}

}  // namespace

TEST_CASE("each loss has the value its formula gives on a hand-made batch") {
  SUBCASE("squared: ½ Σ (a − t)² = ½ (0.5² + 0.5²) = 0.25 with a linear head") {
    MatrixXf z(1, 2), t(1, 2);
    z << 1.5f, -0.5f;
    t << 1.0f, 0.0f;
    CHECK(total("squared", "linear", z, t) == doctest::Approx(0.25));
  }
  SUBCASE("binary cross-entropy: −log σ(0) for t = 1 plus −log(1 − σ(2)) for t = 0") {
    MatrixXf z(1, 2), t(1, 2);
    z << 0.0f, 2.0f;
    t << 1.0f, 0.0f;
    // log 2 + log(1 + e²) = 0.6931472 + 2.1269280 = 2.8200752
    CHECK(total("binary_cross_entropy", "sigmoid", z, t) == doctest::Approx(2.8200752).epsilon(1e-6));
  }
  SUBCASE("cross-entropy: −log softmax of the correct class") {
    // z = (0, 0, 0): each class 1/3, loss log 3 = 1.0986123
    CHECK(total("cross_entropy", "softmax", column({0, 0, 0}), column({0, 1, 0})) ==
          doctest::Approx(1.0986123).epsilon(1e-6));
    // z = (0, log 3): softmax (1/4, 3/4), class 1 correct: −log(3/4) = 0.2876821
    CHECK(total("cross_entropy", "softmax", column({0, std::log(3.0f)}), column({0, 1})) ==
          doctest::Approx(0.2876821).epsilon(1e-6));
  }
}

TEST_CASE("the cross-entropies stay finite where the probabilities round to 0 or 1") {
  // σ(−100) rounds to 0 in float; the loss is softplus(−100) − 1·(−100) = 100 + log1p(e^−100) ≈ 100.
  CHECK(total("binary_cross_entropy", "sigmoid", column({-100}), column({1})) == doctest::Approx(100));
  // A sure right answer costs nothing: softplus(100) − 100 = log1p(e^−100) ≈ 0.
  CHECK(total("binary_cross_entropy", "sigmoid", column({100}), column({1})) == doctest::Approx(0));
  // softmax(1000, 0) overflows e^1000; log-sum-exp gives −log p(class 1) = 1000 + log1p(e^−1000) = 1000.
  CHECK(total("cross_entropy", "softmax", column({1000, 0}), column({0, 1})) == doctest::Approx(1000));
}

TEST_CASE("each loss's output delta is the one worked out by hand") {
  SUBCASE("squared through tanh: (a − t)·(1 − a²)") {
    // a = tanh 0.5 = 0.4621172, t = 1: (−0.5378828)·(1 − 0.2135523) = −0.4230167
    CHECK(delta("squared", "tanh", column({0.5f}), column({1}))(0, 0) == doctest::Approx(-0.4230167).epsilon(1e-5));
  }
  SUBCASE("squared through sigmoid: (a − t)·a·(1 − a)") {
    // a = σ(1.5) = 0.8175745, t = 0: 0.8175745·0.8175745·0.1824255 = 0.1219383
    CHECK(delta("squared", "sigmoid", column({1.5f}), column({0}))(0, 0) == doctest::Approx(0.1219383).epsilon(1e-5));
  }
  SUBCASE("binary cross-entropy with its sigmoid: σ(z) − t") {
    // σ(0) − 1 = −0.5
    CHECK(delta("binary_cross_entropy", "sigmoid", column({0}), column({1}))(0, 0) == doctest::Approx(-0.5));
  }
  SUBCASE("cross-entropy with its softmax: softmax(z) − t") {
    // softmax(0, log 3) = (1/4, 3/4), t = (0, 1): (0.25, −0.25)
    MatrixXf d = delta("cross_entropy", "softmax", column({0, std::log(3.0f)}), column({0, 1}));
    CHECK(d(0, 0) == doctest::Approx(0.25));
    CHECK(d(1, 0) == doctest::Approx(-0.25));
  }
}

TEST_CASE("each loss's output delta is ∂(total)/∂z by central differences") {
  struct Case {
    const char* loss;
    const char* head;
    MatrixXf z;       // [outputs, batch]
    MatrixXf target;  // [outputs, batch]
  };
  MatrixXf one_unit_z(1, 3), signed_targets(1, 3), binary_targets(1, 3), softmax_z(3, 2), one_hot(3, 2);
  one_unit_z << -1.3f, 0.2f, 0.9f;
  signed_targets << -1.0f, 1.0f, 0.4f;
  binary_targets << 0.0f, 1.0f, 1.0f;
  softmax_z << 0.3f, -1.1f,  //
      -0.7f, 0.5f,           //
      1.2f, 0.1f;
  one_hot << 0, 0,  //
      1, 0,         //
      0, 1;
  const Case cases[] = {{"squared", "linear", one_unit_z, signed_targets},
                        {"squared", "tanh", one_unit_z, signed_targets},
                        {"squared", "sigmoid", one_unit_z, binary_targets},
                        {"binary_cross_entropy", "sigmoid", one_unit_z, binary_targets},
                        {"cross_entropy", "softmax", softmax_z, one_hot}};
  const float step = 1e-2f;
  for (const Case& c : cases) {
    MatrixXf analytic = delta(c.loss, c.head, c.z, c.target);
    MatrixXf z = c.z;
    for (Eigen::Index i = 0; i < z.size(); ++i) {
      const float original = z.data()[i];
      z.data()[i] = original + step;
      const double plus = total(c.loss, c.head, z, c.target);
      z.data()[i] = original - step;
      const double minus = total(c.loss, c.head, z, c.target);
      z.data()[i] = original;
      const double numeric = (plus - minus) / (2.0 * static_cast<double>(step));
      INFO(c.loss, " with ", c.head, ", z[", i, "]: analytic ", analytic.data()[i], ", central difference ", numeric);
      CHECK(std::abs(static_cast<double>(analytic.data()[i]) - numeric) <= 2e-3 * (1.0 + std::abs(numeric)));
    }
  }
}

TEST_CASE("a loss is refused with an output layer it does not fit") {
  CHECK_NOTHROW(check_loss_fits_head(loss("squared"), activation("tanh")));
  CHECK_NOTHROW(check_loss_fits_head(loss("squared"), activation("sigmoid")));
  CHECK_NOTHROW(check_loss_fits_head(loss("binary_cross_entropy"), activation("sigmoid")));
  CHECK_NOTHROW(check_loss_fits_head(loss("cross_entropy"), activation("softmax")));
  CHECK_THROWS_WITH_AS(check_loss_fits_head(loss("binary_cross_entropy"), activation("tanh")),
                       "the binary_cross_entropy loss needs a sigmoid output layer, not tanh", std::invalid_argument);
  CHECK_THROWS_WITH_AS(check_loss_fits_head(loss("cross_entropy"), activation("sigmoid")),
                       "the cross_entropy loss needs a softmax output layer, not sigmoid", std::invalid_argument);
  CHECK_THROWS_WITH_AS(check_loss_fits_head(loss("squared"), activation("softmax")),
                       "a softmax output layer needs the cross_entropy loss", std::invalid_argument);
}

TEST_CASE("the losses are named as configurations name them, and an unknown name lists them") {
  CHECK(loss_names() == std::vector<std::string>{"squared", "binary_cross_entropy", "cross_entropy"});
  CHECK_THROWS_WITH_AS(loss("hinge"), "unknown loss \"hinge\" (known: squared, binary_cross_entropy, cross_entropy)",
                       std::invalid_argument);
}
