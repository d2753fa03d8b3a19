#include <doctest/doctest.h>

#include "input_transform.h"

using Eigen::MatrixXf;
using namespace nnplay;

namespace {

MatrixXf point(float x, float y) {
  MatrixXf p(2, 1);  // [dimensions, examples]
  p << x, y;
  return p;
}

float feature_at(const std::string& name, float x, float y) {
  InputTransform transform;
  transform.features = {name};
  MatrixXf out;
  transform.apply(point(x, y), out);
  REQUIRE(out.rows() == 1);
  return out(0, 0);
}

}  // namespace

TEST_CASE("each Playground feature has its formula's value at (2, −3)") {
  CHECK(feature_at("x", 2, -3) == 2.0f);
  CHECK(feature_at("y", 2, -3) == -3.0f);
  CHECK(feature_at("xSquared", 2, -3) == 4.0f);
  CHECK(feature_at("ySquared", 2, -3) == 9.0f);
  CHECK(feature_at("xTimesY", 2, -3) == -6.0f);
  CHECK(feature_at("sinX", 2, -3) == doctest::Approx(0.9092974));    // sin 2
  CHECK(feature_at("sinY", 2, -3) == doctest::Approx(-0.1411200));   // sin(−3)
  CHECK(playground_feature_names() ==
        std::vector<std::string>{"x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY"});
}

TEST_CASE("features come out in the order they are named, one row each") {
  InputTransform transform;
  transform.features = {"xTimesY", "x", "x"};
  CHECK(transform.network_inputs(2) == 3);
  MatrixXf points(2, 2);
  points << 1, -2,  //
      3, 0.5f;
  MatrixXf out;
  transform.apply(points, out);
  MatrixXf expected(3, 2);  // [features, examples]
  expected << 3, -1,        // x·y: 1·3, −2·0.5
      1, -2,                //
      1, -2;
  CHECK(out == expected);
}

TEST_CASE("without named features the raw inputs pass unchanged, in any number of dimensions") {
  InputTransform transform;
  CHECK(transform.network_inputs(5) == 5);
  MatrixXf raw = MatrixXf::Random(5, 3), out;
  transform.apply(raw, out);
  CHECK(out == raw);
}

TEST_CASE("standardisation uses each network input's mean and population standard deviation") {
  InputTransform transform;
  transform.features = {"x", "xSquared", "y"};
  MatrixXf points(2, 4);
  points << 1, 2, 3, 6,  // x
      5, 5, 5, 5;        // y, constant
  transform.fit_standardisation(points);
  // x: mean 12/4 = 3, deviations −2, −1, 0, 3: variance (4 + 1 + 0 + 9)/4 = 3.5, scale √3.5 = 1.8708287
  // x²: 1, 4, 9, 36: mean 12.5, deviations −11.5, −8.5, −3.5, 23.5: variance 769/4 = 192.25, scale 13.865425
  // y: mean 5, no spread: scale 1, so it becomes 0 rather than 0/0
  CHECK(transform.mean(0) == doctest::Approx(3));
  CHECK(transform.scale(0) == doctest::Approx(1.8708287));
  CHECK(transform.mean(1) == doctest::Approx(12.5));
  CHECK(transform.scale(1) == doctest::Approx(13.865425));
  CHECK(transform.mean(2) == doctest::Approx(5));
  CHECK(transform.scale(2) == 1.0f);

  MatrixXf out;
  transform.apply(points, out);
  // (6 − 3)/1.8708287 = 1.6035675;  (36 − 12.5)/13.865425 = 1.6948633
  CHECK(out(0, 3) == doctest::Approx(1.6035675));
  CHECK(out(1, 3) == doctest::Approx(1.6948633));
  CHECK(out.row(2).isZero());

  SUBCASE("refitting starts afresh instead of standardising the standardised inputs") {
    transform.fit_standardisation(points);
    CHECK(transform.mean(0) == doctest::Approx(3));
    CHECK(transform.scale(1) == doctest::Approx(13.865425));
  }
}

TEST_CASE("features that cannot be computed are refused with a reason") {
  InputTransform transform;
  transform.features = {"x", "cosY"};
  CHECK_THROWS_WITH_AS(transform.network_inputs(2),
                       "unknown input feature \"cosY\" (known: x, y, xSquared, ySquared, xTimesY, sinX, sinY)",
                       std::invalid_argument);
  transform.features = {"x"};
  CHECK_THROWS_WITH_AS(transform.network_inputs(3), "the named input features need 2-D points, not 3-D inputs",
                       std::invalid_argument);
  MatrixXf out;
  CHECK_THROWS_AS(transform.apply(MatrixXf::Zero(1, 4), out), std::invalid_argument);
}
