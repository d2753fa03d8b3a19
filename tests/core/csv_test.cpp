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

TEST_CASE("a UTF-8 byte order mark before the header is not part of the first column's name") {
  // Spreadsheet programs save "UTF-8 CSV" with the bytes EF BB BF first.
  Dataset data = parse_csv("\xEF\xBB\xBFx1,x2,label\n1,2,a\n3,4,b\n", "");
  CHECK(data.input_names == std::vector<std::string>{"x1", "x2"});
  Eigen::MatrixXf inputs = parse_csv_inputs("\xEF\xBB\xBFx1,x2\n1,2\n", {"x1", "x2"});
  CHECK(inputs(0, 0) == 1.0f);
}

TEST_CASE("a column name given twice is refused, since columns are found by name") {
  CHECK_THROWS_WITH_AS(parse_csv("x1,x2,x1,label\n1,2,3,a\n4,5,6,b\n", ""),
                       "line 1: two columns are named \"x1\" (columns 1 and 3)", std::invalid_argument);
  CHECK_THROWS_WITH_AS(parse_csv_inputs("x1,x2,x2\n1,2,3\n", {"x1", "x2"}),
                       "line 1: two columns are named \"x2\" (columns 2 and 3)", std::invalid_argument);
}

TEST_CASE("an error quotes the start of a long field, not all of it") {
  // A field of ten million characters: the message keeps its first 40 and says how long it is.
  const std::string field = std::string(10'000'000, '7') + "x";
  const std::string expected =
      "line 3, column 1 (\"a\"): \"" + std::string(40, '7') + "…\" (10000001 characters) is not a number";
  CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,0\n" + field + ",1\n", ""), expected.c_str(), std::invalid_argument);
  // A cut never splits a character: "é" takes bytes 40 and 41, so the excerpt stops before it;
  // the length counts characters (39 + 1 + 100), not bytes.
  const std::string accented = std::string(39, 'a') + "\xC3\xA9" + std::string(100, 'b');
  const std::string expected_accented =
      "line 3, column 1 (\"a\"): \"" + std::string(39, 'a') + "…\" (140 characters) is not a number";
  CHECK_THROWS_WITH_AS(parse_csv("a,b\n1,0\n" + accented + ",1\n", ""), expected_accented.c_str(),
                       std::invalid_argument);
}

// Found by the CSV fuzzer (tests/fuzz/csv/corpus/label_underflow.csv): std::stod threw
// std::out_of_range for a label strtod rounds to 0, and the CSV was not refused but crashed.
TEST_CASE("a numeric class label too small for a double is read as 0 and ordered as 0") {
  // 1e-400 is below the smallest double (about 4.9e-324), so it reads as 0 and sorts before 1.
  Dataset data = parse_csv("x,label\n5,1\n6,1e-400\n7,1\n", "label");
  CHECK(data.classes == 2);
  CHECK(data.class_names == std::vector<std::string>{"1e-400", "1"});
  CHECK(data.labels(0) == 1);
  CHECK(data.labels(1) == 0);
}
