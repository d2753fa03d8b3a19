#include <doctest/doctest.h>

#include <cmath>

#include "activation.h"
#include "dataset.h"
#include "loss.h"

using Eigen::MatrixXf;
using namespace nnplay;

namespace {
float apply(const char* name, float z) {
  MatrixXf in = MatrixXf::Constant(1, 1, z), out;
  activation(name).apply(in, out);
  return out(0, 0);
}
}  // namespace

TEST_CASE("the article's sigmoid values: σ(−3) = 4.74%, σ(2.9925) = 95.22%") {
  CHECK(apply("sigmoid", -3.0f) == doctest::Approx(0.0474).epsilon(1e-3));
  CHECK(apply("sigmoid", 2.9925f) == doctest::Approx(0.9522).epsilon(1e-3));
}

TEST_CASE("the article's driving test: person A fails, person B passes") {
  // A: 20-year-old male, 10 lessons → parking 0, road 0 → σ(−3)
  CHECK(driving_test_pass_probability(20, 0, 10) == doctest::Approx(1 / (1 + std::exp(3.0))));
  // B: 50-year-old female, 20 lessons → parking 150.5, road 179.5 → σ(0.01·150.5 + 0.025·179.5 − 3) = σ(2.9925)
  CHECK(driving_test_pass_probability(50, 1, 20) == doctest::Approx(0.9522).epsilon(1e-3));
}

TEST_CASE("the softmax loss is −log of the probability of the correct class") {
  // The hot-dog example: a model sure of the right class has a low loss, a doubtful one a higher loss.
  MatrixXf target(2, 1);
  target << 1, 0;  // class 0 is "hot dog"
  auto loss_of = [&](float hot_dog, float other) {
    MatrixXf z(2, 1), a;
    z << hot_dog, other;
    activation("softmax").apply(z, a);
    CHECK(loss("cross_entropy").total(z, a, target) == doctest::Approx(-std::log(a(0, 0))).epsilon(1e-5));
    return loss("cross_entropy").total(z, a, target);
  };
  CHECK(loss_of(3.0f, -1.0f) < loss_of(0.5f, 0.2f));
}
