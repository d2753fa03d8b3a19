#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "experiment.h"
#include "json_text.h"

using namespace nnplay;

namespace {

// `levels` lists nested in one another: "[[[]]]" for 3.
std::string nested_lists(int levels) { return std::string(levels, '[') + std::string(levels, ']'); }

}  // namespace

TEST_CASE("JSON nested up to 64 levels is read, and deeper is refused while parsing, however deep") {
  CHECK(parse_json(nested_lists(64), "the file").is_array());
  CHECK(parse_json(R"({"a": {"b": [1, {"c": 2}]}})", "the file")["a"]["b"][1]["c"] == 2);
  const char* refused = "model.json nests objects and lists deeper than 64 levels";
  CHECK_THROWS_WITH_AS(parse_json(nested_lists(65), "model.json"), refused, std::invalid_argument);
  // 100 000 levels: a recursive reader or copy would overflow the stack.
  CHECK_THROWS_WITH_AS(parse_json(nested_lists(100000), "model.json"), refused, std::invalid_argument);
  std::string objects;  // {"a":{"a":...{"a":1}...}}, 100 000 objects deep
  for (int level = 0; level < 100000; ++level) objects += R"({"a":)";
  objects += "1" + std::string(100000, '}');
  CHECK_THROWS_WITH_AS(parse_json(objects, "model.json"), refused, std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(std::string(R"({"dataset": )") + nested_lists(100000) + "}"),
                       "the configuration nests objects and lists deeper than 64 levels", std::invalid_argument);
}

TEST_CASE("a JSON syntax error names the text and the position") {
  CHECK_THROWS_WITH_AS(parse_json("{\"a\": \n", "run.json"),
                       doctest::Contains("run.json is not valid JSON: parse error at line 2, column 1"),
                       std::invalid_argument);
}

// Found by the model_file and config fuzzers (tests/fuzz/*/corpus/number_overflow*): nlohmann::json
// reports such a number as out_of_range, not as a parse error, and it escaped as an unknown exception.
TEST_CASE("a number beyond double range (about 1.8e308) is refused as invalid JSON, naming the number") {
  CHECK_THROWS_WITH_AS(parse_json("[1, 1e400]", "model.json"), "model.json is not valid JSON: number overflow parsing '1e400'",
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(std::string(R"({"batchSize": -2e308})")),
                       "the configuration is not valid JSON: number overflow parsing '-2e308'", std::invalid_argument);
}
