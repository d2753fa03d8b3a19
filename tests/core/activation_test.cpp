#include <doctest/doctest.h>

#include <cmath>

#include "activation.h"

using Eigen::MatrixXf;
using nnplay::activation;

TEST_CASE("each activation has the values its definition gives") {
  MatrixXf z(1, 3);
  z << -2.0f, 0.0f, 1.5f;
  MatrixXf a;
  SUBCASE("relu clips negatives to zero and keeps the rest") {
    activation("relu").apply(z, a);
    CHECK(a(0, 0) == 0.0f);
    CHECK(a(0, 1) == 0.0f);
    CHECK(a(0, 2) == 1.5f);
  }
  SUBCASE("leaky relu keeps a hundredth of negatives") {
    activation("leaky_relu").apply(z, a);
    CHECK(a(0, 0) == doctest::Approx(-0.02));
    CHECK(a(0, 2) == 1.5f);
  }
  SUBCASE("tanh and sigmoid") {
    activation("tanh").apply(z, a);
    CHECK(a(0, 0) == doctest::Approx(std::tanh(-2.0)).epsilon(1e-6));
    activation("sigmoid").apply(z, a);
    CHECK(a(0, 1) == doctest::Approx(0.5));
    CHECK(a(0, 2) == doctest::Approx(1 / (1 + std::exp(-1.5))).epsilon(1e-6));
  }
  SUBCASE("elu and softplus") {
    activation("elu").apply(z, a);
    CHECK(a(0, 0) == doctest::Approx(std::exp(-2.0) - 1).epsilon(1e-6));
    activation("softplus").apply(z, a);
    CHECK(a(0, 2) == doctest::Approx(std::log1p(std::exp(1.5))).epsilon(1e-6));
  }
}

TEST_CASE("softmax gives each column probabilities between 0 and 1 that sum to 1") {
  MatrixXf z(3, 2);
  z << 1.0f, 100.0f,  //
      2.0f, -50.0f,   //
      3.0f, 99.0f;
  MatrixXf a;
  activation("softmax").apply(z, a);
  for (Eigen::Index c = 0; c < 2; ++c) {
    CHECK(a.col(c).sum() == doctest::Approx(1.0));
    CHECK(a.col(c).minCoeff() >= 0.0f);
    CHECK(a.col(c).maxCoeff() <= 1.0f);
  }
  // e¹, e², e³ normalised
  const double total = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
  CHECK(a(2, 0) == doctest::Approx(std::exp(3.0) / total).epsilon(1e-6));
}

TEST_CASE("every activation's backprop is the derivative by central differences") {
  MatrixXf z(3, 2);
  z << -1.3f, 0.4f,  //
      0.7f, -0.2f,   //
      2.1f, 1.1f;
  MatrixXf upstream(3, 2);  // an arbitrary ∂L/∂a
  upstream << 0.3f, -1.2f,  //
      0.8f, 0.5f,           //
      -0.6f, 0.9f;
  for (const std::string& name : nnplay::activation_names()) {
    CAPTURE(name);
    const nnplay::Activation& f = activation(name);
    MatrixXf a, delta = upstream;
    f.apply(z, a);
    f.backprop(z, a, delta);
    // L = Σ upstream ⊙ f(z), so ∂L/∂z must equal delta.
    auto objective = [&](const MatrixXf& at) {
      MatrixXf out;
      f.apply(at, out);
      return static_cast<double>(upstream.cwiseProduct(out).sum());
    };
    for (Eigen::Index i = 0; i < z.size(); ++i) {
      const float h = 1e-2f;
      MatrixXf plus = z, minus = z;
      plus.data()[i] += h;
      minus.data()[i] -= h;
      const double numeric = (objective(plus) - objective(minus)) / (2 * h);
      CHECK(delta.data()[i] == doctest::Approx(numeric).epsilon(2e-3).scale(1.0));
    }
  }
}

TEST_CASE("an unknown activation name is refused with the known names") {
  CHECK_THROWS_WITH_AS(activation("swishy"),
                       "unknown activation \"swishy\" (known: linear, relu, leaky_relu, tanh, sigmoid, elu, "
                       "softplus, softmax)",
                       std::invalid_argument);
}
