#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "csv.h"
#include "experiment.h"
#include "plane_data.h"

using nlohmann::json;
using namespace nnplay;

namespace {

// The data rows of a CSV text, as a set: plane_csv shuffles them.
std::set<std::string> rows_of(const std::string& csv, std::string& header) {
  std::istringstream lines(csv);
  std::getline(lines, header);
  std::set<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.insert(line);
  return rows;
}

json small_circle_config() {
  return {{"dataset", {{"name", "circle"}, {"seed", 3}}}, {"network", {{"hidden", {4, 2}}}}, {"shuffle", false}};
}

}  // namespace

TEST_CASE("a CSV's label kind can be said: numbers as values, or any labels as classes") {
  Dataset values = parse_csv("x,v\n1,1\n2,-1\n", "v", LabelKind::values);
  CHECK(values.classes == 0);
  CHECK(values.labels(1) == -1.0f);
  Dataset classes = parse_csv("x,v\n1,0.5\n2,1.5\n3,0.5\n", "v", LabelKind::classes);
  CHECK(classes.classes == 2);
  CHECK(classes.class_names == std::vector<std::string>{"0.5", "1.5"});
  CHECK(classes.labels(1) == 1.0f);
  CHECK_THROWS_WITH_AS(parse_csv("x,v\n1,2\n2,cat\n", "v", LabelKind::values),
                       "line 3, column 2 (\"v\"): \"cat\" is not a number", std::invalid_argument);
}

TEST_CASE("a CSV's inputs can be chosen by name and ordered; the columns not chosen may hold text") {
  Dataset data = parse_csv("id,a,b,y\nfirst,1,2,0\nsecond,3,4,1\n", "y", LabelKind::automatic, {"b", "a"});
  CHECK(data.input_names == std::vector<std::string>{"b", "a"});
  CHECK(data.inputs(0, 1) == 4.0f);
  CHECK(data.inputs(1, 1) == 3.0f);
  CHECK_THROWS_WITH_AS(parse_csv("a,y\n1,0\n2,1\n", "y", LabelKind::automatic, {"a", "y"}),
                       "the label column \"y\" cannot be an input too", std::invalid_argument);
  CHECK_THROWS_WITH_AS(parse_csv("a,y\n1,0\n2,1\n", "y", LabelKind::automatic, {"c"}),
                       "the CSV has no column \"c\" (columns: a, y)", std::invalid_argument);
}

TEST_CASE("a CSV preview holds the header and the first rows, split as the parser splits them") {
  CsvPreview preview = preview_csv("a,\"b, c\"\n1,2\n3,4\n5,6\n", 2);
  CHECK(preview.columns == std::vector<std::string>{"a", "b, c"});
  CHECK(preview.rows == std::vector<std::vector<std::string>>{{"1", "2"}, {"3", "4"}});
  CHECK(preview.total_rows == 3);
  CHECK_THROWS_WITH_AS(preview_csv("", 5), "the CSV is empty: it needs a header row and data rows", std::invalid_argument);
}

TEST_CASE("a CSV's chosen columns become 2-D points in the map's square") {
  SUBCASE("an input beyond ±6 is scaled to fill ±5, one within is kept, classes become their index") {
    // a: 10, 20, 30 → −5 + 10·(a − 10)/20 = −5, 0, 5; b: 0..2 fits; cat is class 0, dog class 1.
    std::string header;
    const std::string text = "name,a,b,kind\nfirst,10,0,cat\nsecond,20,1,dog\nthird,30,2,cat\n";
    const std::string csv = plane_csv(text, {"a", "b", "kind"});
    CHECK(rows_of(csv, header) == std::set<std::string>{"-5,0,0", "0,1,1", "5,2,0"});
    CHECK(header == "x1,x2,class");
    CHECK(plane_csv(text, {"a", "b", "kind"}) == csv);
  }
  SUBCASE("target values beyond ±1 are scaled to fill ±1") {
    // v: 10, 20, 30 → −1 + 2·(v − 10)/20 = −1, 0, 1 (read as values, though whole and few).
    std::string header;
    const std::string csv = plane_csv("x,y,v\n0,0,10\n1,1,20\n2,2,30\n", {"x", "y", "v", LabelKind::values});
    CHECK(rows_of(csv, header) == std::set<std::string>{"0,0,-1", "1,1,0", "2,2,1"});
    CHECK(header == "x1,x2,value");
  }
  SUBCASE("a constant input becomes 0") {
    std::string header;
    const std::string csv = plane_csv("x,y,c\n100,1,0\n100,2,1\n", {"x", "y", "c"});
    CHECK(rows_of(csv, header) == std::set<std::string>{"0,1,0", "0,2,1"});
  }
  SUBCASE("a bad row is named by its line and column; one column chosen twice is refused") {
    CHECK_THROWS_WITH_AS(plane_csv("a,b,c\n1,2,0\n3,oops,1\n", {"a", "b", "c"}),
                         "line 3, column 2 (\"b\"): \"oops\" is not a number", std::invalid_argument);
    CHECK_THROWS_WITH_AS(plane_csv("a,b,c\n1,2,0\n3,4,1\n", {"a", "a", "c"}),
                         "the map needs two different columns across and up, not \"a\" twice", std::invalid_argument);
  }
}

TEST_CASE("new data of the same shape replaces the old while the network and its training go on") {
  Experiment experiment(small_circle_config());
  experiment.train(3);
  const json network = experiment.network_json();
  const json drawn = {{"csv", "x1,x2,label\n1,1,1\n-1,-1,0\n2,2,1\n-2,-2,0\n"}, {"trainPercent", 50}};
  experiment.set_data(drawn);
  CHECK(experiment.network_json()["layers"] == network["layers"]);
  CHECK(experiment.network_json()["features"] == network["features"]);
  // The classes are named as the new data names them.
  CHECK(experiment.network_json()["classes"] == json{"0", "1"});
  CHECK(experiment.epoch() == 3);
  CHECK(experiment.config()["dataset"] == drawn);
  // ⌊4 · 50 / 100⌋ = 2 training rows, the first two; class 1 is the Playground's +1.
  CHECK(experiment.points(false) == std::vector<float>{1, 1, 1, -1, -1, -1});
  CHECK(experiment.points(true) == std::vector<float>{2, 2, 1, -2, -2, -1});
  experiment.train(1);
  CHECK(experiment.epoch() == 4);
}

TEST_CASE("new data of another shape is refused and the old data stays") {
  Experiment experiment(small_circle_config());
  const json three = {{"csv", "x1,x2,label\n1,1,0\n2,2,1\n3,3,2\n4,4,0\n"}};
  CHECK_THROWS_WITH_AS(experiment.set_data(three), "the new data has 3 classes, the network 2 classes",
                       std::invalid_argument);
  const json values = {{"csv", "x1,x2,label\n1,1,0.5\n2,2,0.25\n3,3,1\n"}};
  CHECK_THROWS_WITH_AS(experiment.set_data(values), "the new data has numbers to predict, the network 2 classes",
                       std::invalid_argument);
  const json wide = {{"csv", "a,b,c,label\n1,1,1,0\n2,2,2,1\n"}};
  CHECK_THROWS_WITH_AS(experiment.set_data(wide), "the new data has 3 inputs, the network 2", std::invalid_argument);
  CHECK(experiment.train_data().size() == 250);
  CHECK(experiment.config()["dataset"]["name"] == "circle");
}
