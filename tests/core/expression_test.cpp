#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "dataset.h"
#include "experiment_config.h"
#include "expression.h"

using doctest::Approx;
using nlohmann::json;
using namespace nnplay;

namespace {
// π computed apart from the engine's constant, which the parser's `π` and `pi` stand for.
const double kExpectedPi = std::acos(-1.0);
double at(const std::string& text, double x) { return Expression::parse(text)(x); }
}  // namespace

TEST_CASE("a formula is read with the usual precedence and associativity") {
  CHECK(at("1 + 2 * 3", 0) == 7);
  CHECK(at("(1 + 2) * 3", 0) == 9);
  CHECK(at("10 - 4 - 3", 0) == 3);     // (10 − 4) − 3, not 10 − (4 − 3) = 9
  CHECK(at("12 / 3 / 2", 0) == 2);     // (12 / 3) / 2, not 12 / (3 / 2) = 8
  CHECK(at("2^3^2", 0) == 512);        // 2^(3^2) = 2^9, not (2^3)^2 = 64
  CHECK(at("-x^2", 3) == -9);          // −(3²)
  CHECK(at("2^-1", 0) == 0.5);
  CHECK(at("--x", 4) == 4);
  CHECK(at("x^3 - x", 2) == 6);        // 8 − 2
  CHECK(at("1e3 + 2.5e-1", 0) == 1000.25);
  CHECK(at(".5x", 4) == 2);
}

TEST_CASE("factors side by side multiply, and the page's symbols are read") {
  CHECK(at("2x", 3) == 6);
  CHECK(at("3(x + 1)", 2) == 9);
  CHECK(at("2|x|", -1.5) == 3);
  CHECK(at("2e", 0) == Approx(2 * 2.718281828459045));  // the constant e, not an exponent
  CHECK(at("x³ − x", 2) == 6);                          // U+00B3 and the minus sign U+2212
  CHECK(at("x²", -3) == 9);
  CHECK(at("2 × x ÷ 4", 6) == 3);
  CHECK(at("2 · x", 5) == 10);
  CHECK(at("x**2", 4) == 16);
  CHECK(at("π", 0) == Approx(kExpectedPi));
}

TEST_CASE("the functions, constants and absolute value bars") {
  CHECK(at("sin(pi / 2)", 0) == Approx(1));
  CHECK(at("cos(0) + tan(0)", 0) == 1);
  CHECK(at("exp(0) + log(e)", 0) == Approx(2));
  CHECK(at("sqrt(16) + abs(-2)", 0) == 6);
  CHECK(at("|x|", -2.5) == 2.5);
  CHECK(at("|x - |x||", -2) == 4);  // |−2 − 2|
  CHECK(at("x sin(x)", kExpectedPi / 2) == Approx(kExpectedPi / 2));
  SUBCASE("outside a function's domain the value is IEEE's") {
    CHECK(std::isnan(at("log(x)", -1)));
    CHECK(std::isnan(at("sqrt(x)", -1)));
    CHECK(at("1/x", 0) == INFINITY);
  }
}

TEST_CASE("bad text is refused with what is wrong and the column, counted in characters") {
  auto refused = [](const std::string& text) {
    try {
      Expression::parse(text);
    } catch (const std::invalid_argument& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  CHECK(refused("sin(x") == "column 6: expected \")\" to close the \"(\" at column 4, not the end");
  CHECK(refused("|x") == "column 3: expected \"|\" to close the \"|\" at column 1, not the end");
  CHECK(refused("x +") == "column 4: expected a number, x, a function or \"(\", not the end");
  CHECK(refused("x)") == "column 2: \")\" closes nothing");
  CHECK(refused("x 2") == "column 3: expected an operator such as + or * before a number");
  CHECK(refused("sin x") == "column 5: sin needs its argument in parentheses: sin(x)");
  CHECK(refused("y") == "column 1: unknown name \"y\": use x, pi, e and sin, cos, tan, exp, log, sqrt, abs");
  CHECK(refused("eval(x)") == "column 1: unknown name \"eval\": use x, pi, e and sin, cos, tan, exp, log, sqrt, abs");
  CHECK(refused("") == "the formula is empty: type one in x, such as sin(x)");
  CHECK(refused("   ") == "the formula is empty: type one in x, such as sin(x)");
  // "x − $": x, space, the three-byte minus, space, then "$" at character 5 (byte 7).
  CHECK(refused("x \u2212 $") ==
        "column 5: \"$\" is not part of a formula; use numbers, x, + - * / ^, parentheses and functions");
  CHECK(refused("x \u2264 1") ==
        "column 3: U+2264 is not part of a formula; use numbers, x, + - * / ^, parentheses and functions");
  CHECK(refused("x\xff") == "column 2: the text is not UTF-8");
  CHECK(refused(std::string(201, 'x')) == "the formula is longer than 200 characters");
}

TEST_CASE("the function dataset: the points above the curve, drawn at twice its size, are class 1") {
  SUBCASE("x^3 - x: a point is above when y/2 > (x/2)³ − x/2") {
    DatasetSpec spec{"function", 0, 0.0, 3, 7, "x^3 - x"};
    Dataset data = generate_dataset(spec);
    REQUIRE(data.size() == 500);
    CHECK(data.classes == 2);
    CHECK(data.class_names == std::vector<std::string>{"below", "above"});
    CHECK(data.inputs.cwiseAbs().maxCoeff() <= 6.0f);
    for (Eigen::Index i = 0; i < data.size(); ++i) {
      double u = data.inputs(0, i) / 2.0, v = data.inputs(1, i) / 2.0;
      CHECK(data.labels(i) == (v > u * u * u - u ? 1 : 0));
    }
  }
  SUBCASE("the curve is sin(x) unless given") {
    Dataset data = generate_dataset({"function", 200, 0.0, 3, 2});
    for (Eigen::Index i = 0; i < data.size(); ++i) {
      CHECK(data.labels(i) == (data.inputs(1, i) / 2.0 > std::sin(data.inputs(0, i) / 2.0) ? 1 : 0));
    }
  }
  SUBCASE("|x|: a quarter of the square is above (the triangle (0,0), (−6,6), (6,6): 36 of 144)") {
    Dataset data = generate_dataset({"function", 500, 0.0, 3, 3, "|x|"});
    // 500 · 0.25 = 125, give or take three deviations: √(500 · 0.25 · 0.75) ≈ 9.7.
    CHECK(data.labels.sum() > 125 - 30);
    CHECK(data.labels.sum() < 125 + 30);
  }
  SUBCASE("where the curve is not defined, a point is below") {
    Dataset data = generate_dataset({"function", 100, 0.0, 3, 4, "log(x)"});
    for (Eigen::Index i = 0; i < data.size(); ++i) {
      if (data.inputs(0, i) <= 0) CHECK(data.labels(i) == 0);
    }
  }
}

TEST_CASE("the configuration's dataset.function: its text, and a bad one refused with its path") {
  ExperimentParts parts = read_experiment(json{{"dataset", {{"name", "function"}, {"function", "|x|"}, {"seed", 5}}}});
  for (Eigen::Index i = 0; i < parts.train.size(); ++i) {
    CHECK(parts.train.labels(i) == (parts.train.inputs(1, i) > std::abs(parts.train.inputs(0, i)) ? 1 : 0));
  }
  CHECK_THROWS_WITH_AS(read_experiment(json{{"dataset", {{"name", "function"}, {"function", "sin(x"}}}}),
                       "config.dataset.function \"sin(x\": column 6: expected \")\" to close the \"(\" at column 4, not the end",
                       std::invalid_argument);
}
