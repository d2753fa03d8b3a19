#include <doctest/doctest.h>

#include <limits>

#include "config.h"

using nlohmann::json;
using namespace nnplay;

TEST_CASE("an absent or null setting gives the fallback") {
  ConfigReader reader(json{{"rate", nullptr}}, "config");
  CHECK(reader.number("rate", 0.5) == 0.5);
  CHECK(reader.integer("batch", 10, 1, 100) == 10);
  CHECK(reader.boolean("shuffle", true));
  CHECK(reader.text("name", "circle") == "circle");
  CHECK(reader.texts("features", {"x", "y"}) == std::vector<std::string>{"x", "y"});
  CHECK(reader.value("model").is_null());
  CHECK_FALSE(reader.has("batch"));
  CHECK_NOTHROW(reader.finish());
}

TEST_CASE("each kind of setting is read, and refused with its path and the bad value") {
  SUBCASE("number") {
    ConfigReader reader(json{{"a", 2.5}, {"b", "fast"}, {"c", std::numeric_limits<double>::infinity()}}, "config");
    CHECK(reader.number("a", 0) == 2.5);
    CHECK_THROWS_WITH_AS(reader.number("b", 0), "config.b must be a number, not \"fast\"", std::invalid_argument);
    CHECK_THROWS_WITH_AS(reader.number("c", 0),
                         "config.c must be a finite number within a float's range (±3.4e38), not inf",
                         std::invalid_argument);
  }
  SUBCASE("whole number in a range") {
    ConfigReader reader(json{{"a", 3.0}, {"b", 2.5}, {"c", "3"}, {"d", 11}, {"e", 0}}, "config");
    CHECK(reader.integer("a", 0, 1, 10) == 3);  // 3.0 is whole
    CHECK_THROWS_WITH_AS(reader.integer("b", 0, 1, 10), "config.b must be a whole number, not 2.5",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(reader.integer("c", 0, 1, 10), "config.c must be a whole number, not \"3\"",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(reader.integer("d", 0, 1, 10), "config.d must be between 1 and 10, not 11",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(reader.integer("e", 0, 1, 10), "config.e must be between 1 and 10, not 0",
                         std::invalid_argument);
  }
  SUBCASE("true or false") {
    ConfigReader reader(json{{"a", false}, {"b", 1}}, "config");
    CHECK_FALSE(reader.boolean("a", true));
    CHECK_THROWS_WITH_AS(reader.boolean("b", false), "config.b must be true or false, not 1", std::invalid_argument);
  }
  SUBCASE("string") {
    ConfigReader reader(json{{"a", "spiral"}, {"b", 3}}, "config");
    CHECK(reader.text("a", "") == "spiral");
    CHECK_THROWS_WITH_AS(reader.text("b", ""), "config.b must be a string, not 3", std::invalid_argument);
  }
  SUBCASE("list of strings") {
    ConfigReader reader(json{{"a", {"x", "sinY"}}, {"b", {"x", 1}}, {"c", "x,y"}}, "config");
    CHECK(reader.texts("a", {}) == std::vector<std::string>{"x", "sinY"});
    CHECK_THROWS_WITH_AS(reader.texts("b", {}), "config.b must be a list of strings, not [\"x\",1]",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(reader.texts("c", {}), "config.c must be a list of strings, not \"x,y\"",
                         std::invalid_argument);
  }
  SUBCASE("nested object") {
    ConfigReader reader(json{{"optimizer", {{"learningRate", "fast"}}}, {"network", 4}}, "config");
    ConfigReader optimizer = reader.object("optimizer");
    CHECK(optimizer.where("learningRate") == "config.optimizer.learningRate");
    CHECK_THROWS_WITH_AS(optimizer.number("learningRate", 0), "config.optimizer.learningRate must be a number, not \"fast\"",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(reader.object("network"), "config.network must be an object", std::invalid_argument);
    ConfigReader absent = reader.object("dataset");
    CHECK(absent.number("noise", 0.1) == 0.1);
  }
}

TEST_CASE("a configuration must be an object, and null counts as an empty one") {
  CHECK_THROWS_WITH_AS(ConfigReader(json::array(), "config"), "config must be an object", std::invalid_argument);
  CHECK_THROWS_WITH_AS(ConfigReader(json(7), "model.inputs"), "model.inputs must be an object", std::invalid_argument);
  CHECK_NOTHROW(ConfigReader(json(nullptr), "config").finish());
}

TEST_CASE("a key nobody reads is reported as an unknown setting, with its path") {
  ConfigReader reader(json{{"seed", 1}, {"model", nullptr}, {"optimizer", {{"momentun", 0.5}}}, {"colour", "red"}},
                      "config");
  reader.integer("seed", 0, 0, 10);
  reader.value("model");
  CHECK(reader.has("colour"));  // asking whether a key is there does not read it
  ConfigReader optimizer = reader.object("optimizer");
  optimizer.number("momentum", 0.9);
  CHECK_THROWS_WITH_AS(optimizer.finish(), "unknown setting config.optimizer.momentun", std::invalid_argument);
  CHECK_THROWS_WITH_AS(reader.finish(), "unknown setting config.colour", std::invalid_argument);
  reader.text("colour", "");
  CHECK_NOTHROW(reader.finish());
}
