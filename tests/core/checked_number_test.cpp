#include <doctest/doctest.h>

#include <cfloat>
#include <limits>
#include <stdexcept>

#include "checked_number.h"
#include "csv.h"
#include "experiment.h"
#include "model_file.h"

using nlohmann::json;
using namespace nnplay;

TEST_CASE("a number is a float only if finite as a float: |x| ≤ FLT_MAX") {
  CHECK(finite_float(0.5, "x") == 0.5f);
  CHECK(finite_float(-FLT_MAX, "x") == -FLT_MAX);
  const char* refused = "config.x must be a finite number within a float's range (±3.4e38), not 1e+39";
  CHECK_THROWS_WITH_AS(finite_float(1e39, "config.x"), refused, std::invalid_argument);
  CHECK_THROWS_WITH_AS(finite_float(-1e308, [] { return std::string("w"); }),
                       "w must be a finite number within a float's range (±3.4e38), not -1e+308", std::invalid_argument);
  CHECK_THROWS_AS(finite_float(std::numeric_limits<double>::quiet_NaN(), "x"), std::invalid_argument);
}

TEST_CASE("a whole number must be whole and in its range: no rounding, no wrap-around, no NaN") {
  CHECK(whole_number(7.0, "n", 0, 10) == 7);
  CHECK_THROWS_WITH_AS(whole_number(2.5, "n", 0, 10), "n must be a whole number, not 2.5", std::invalid_argument);
  CHECK_THROWS_WITH_AS(whole_number(std::numeric_limits<double>::quiet_NaN(), "n", 0, 10),
                       "n must be a whole number, not NaN", std::invalid_argument);
  // 2³² + 8 would wrap to 8 as a 32-bit int.
  CHECK_THROWS_WITH_AS(whole_number(4294967304.0, "n", 0, 2147483647),
                       "n must be between 0 and 2147483647, not 4294967304", std::invalid_argument);
}

TEST_CASE("numbers beyond a float are refused where they enter, named") {
  SUBCASE("a configuration") {
    CHECK_THROWS_WITH_AS(Experiment(json{{"optimizer", {{"learningRate", 1e39}}}}),
                         doctest::Contains("config.optimizer.learningRate must be a finite number within a float's range"),
                         std::invalid_argument);
  }
  SUBCASE("a CSV cell, with its line and column, and a regression label") {
    CHECK_THROWS_WITH_AS(parse_csv("a,b,y\n1,2,0.5\n3,1e39,1.5\n", ""),
                         doctest::Contains("line 3, column 2 (\"b\") must be a finite number within a float's range"),
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(parse_csv("a,y\n1,0.5\n3,1e300\n", ""),
                         doctest::Contains("line 3, column 2 (\"y\") must be a finite number within a float's range"),
                         std::invalid_argument);
  }
  SUBCASE("a model's weight") {
    json model = Experiment(json{{"dataset", {{"name", "circle"}}}}).save();
    model["layers"][0]["weights"][1][0] = 1e39;
    CHECK_THROWS_WITH_AS(model_from_json(model),
                         doctest::Contains("model.layers[0].weights[1][0] must be a finite number within a float's range"),
                         std::invalid_argument);
  }
}

TEST_CASE("counts that would wrap around an int are refused, and a configuration must be an object") {
  CHECK_THROWS_WITH_AS(Experiment(json{{"network", {{"hidden", {4294967304.0}}}}}),
                       "config.network.hidden[0] must be between -1000000 and 1000000, not 4294967304",
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(std::string("null")), "the configuration must be a JSON object, not null",
                       std::invalid_argument);
  Experiment experiment(json{{"dataset", {{"name", "circle"}}}});
  CHECK_THROWS_WITH_AS(experiment.set_batch_size(100001), "the batch size must be between 1 and 100000, not 100001",
                       std::invalid_argument);
}
