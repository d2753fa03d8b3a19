#include <doctest/doctest.h>

#include "csv.h"

using namespace nnplay;

TEST_CASE("a CSV with text class labels becomes a classification dataset") {
  Dataset data = parse_csv("height,\"weight, kg\",species\n1.5, 60,cat\n2.5,70,dog\n\n3,75,cat\r\n", "species");
  CHECK(data.size() == 3);
  CHECK(data.input_names == std::vector<std::string>{"height", "weight, kg"});
  CHECK(data.classes == 2);
  CHECK(data.class_names == std::vector<std::string>{"cat", "dog"});
  CHECK(data.labels(1) == 1.0f);
  CHECK(data.inputs(1, 2) == 75.0f);
}

TEST_CASE("numeric labels: few whole values are classes in numeric order, others a regression target") {
  Dataset binary = parse_csv("x,y\n1,-1\n2,1\n3,-1\n", "");
  CHECK(binary.classes == 2);
  CHECK(binary.class_names == std::vector<std::string>{"-1", "1"});
  CHECK(binary.labels(1) == 1.0f);
  Dataset ten = parse_csv("x,y\n1,10\n2,9\n3,10\n", "y");
  CHECK(ten.class_names == std::vector<std::string>{"9", "10"});
  Dataset values = parse_csv("x,price\n1,10.5\n2,3\n3,4\n", "price");
  CHECK(values.classes == 0);
  CHECK(values.labels(0) == 10.5f);
}

TEST_CASE("CSV errors name the line and the column") {
  CHECK_THROWS_WITH_AS(parse_csv("a,b,c\n1,2,3\n4,x,6\n", "c"), "line 3, column 2 (\"b\"): \"x\" is not a number",
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,2\n3\n", ""), "line 3 has 1 fields, the header 2", std::invalid_argument);
  CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,2\n3,4\n", "label"), "the CSV has no column \"label\" (columns: a, b)",
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(parse_csv("", ""), "the CSV is empty: it needs a header row and data rows", std::invalid_argument);
  CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,\"2\n", ""), "line 2: a quoted field is never closed", std::invalid_argument);
  CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,\n2,3\n", ""), "line 2, column 2 (\"b\"): the label is empty",
                       std::invalid_argument);
}

TEST_CASE("a separate test CSV uses the training CSV's class numbers") {
  Dataset train = parse_csv("x,y\n1,cat\n2,dog\n3,eel\n", "y");
  Dataset test = parse_csv("x,y\n1,eel\n2,dog\n", "y");
  check_same_columns(train, test);
  CHECK(test.labels(0) == 2.0f);
  CHECK(test.labels(1) == 1.0f);
  Dataset unknown = parse_csv("x,y\n1,cow\n2,dog\n", "y");
  CHECK_THROWS_WITH_AS(check_same_columns(train, unknown), "the test CSV has a class \"cow\" the training CSV has not",
                       std::invalid_argument);
}
