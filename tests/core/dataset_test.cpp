#include <doctest/doctest.h>

#include "dataset.h"

using namespace nnplay;

TEST_CASE("the Playground's datasets have its sizes, ranges and label rules") {
  SUBCASE("circle: 500 points, class 1 inside radius 2.5, class 0 between 3.5 and 5") {
    Dataset data = generate_dataset({"circle", 0, 0.0, 3, 1});
    REQUIRE(data.size() == 500);
    CHECK(data.classes == 2);
    for (Eigen::Index i = 0; i < data.size(); ++i) {
      float r = data.inputs.col(i).norm();
      if (data.labels(i) == 1) {
        CHECK(r < 2.5f);
      } else {
        CHECK(r >= 3.5f - 1e-5f);
        CHECK(r <= 5.0f + 1e-5f);
      }
    }
    CHECK(data.labels.sum() == 250);
  }
  SUBCASE("xor without noise: the class is the sign of x·y, never within 0.3 of an axis") {
    Dataset data = generate_dataset({"xor", 0, 0.0, 3, 2});
    for (Eigen::Index i = 0; i < data.size(); ++i) {
      CHECK(std::abs(data.inputs(0, i)) >= 0.3f);
      CHECK(data.labels(i) == (data.inputs(0, i) * data.inputs(1, i) >= 0 ? 1 : 0));
    }
  }
  SUBCASE("regression datasets have 1200 points over [−6, 6]²: plane (x + y)/10, multigauss in [−1, 1]") {
    Dataset plane = generate_dataset({"plane", 0, 0.0, 3, 3});
    CHECK(plane.size() == 1200);
    CHECK(plane.classes == 0);
    CHECK(plane.inputs.cwiseAbs().maxCoeff() <= 6.0f);
    CHECK(plane.labels.transpose().isApprox(plane.inputs.colwise().sum() / 10));
    Dataset multigauss = generate_dataset({"multigauss", 0, 0.1, 3, 3});
    CHECK(multigauss.labels.cwiseAbs().maxCoeff() <= 1.0f);
    CHECK(multigauss.labels.cwiseAbs().maxCoeff() > 0.9f);
  }
  SUBCASE("k-arm spirals and blobs have k balanced classes") {
    for (const char* name : {"spirals", "blobs"}) {
      Dataset data = generate_dataset({name, 600, 0.1, 4, 3});
      CHECK(data.classes == 4);
      for (int c = 0; c < 4; ++c) CHECK((data.labels.array() == static_cast<float>(c)).count() == 150);
    }
  }
}

TEST_CASE("a seed fixes the data and the split keeps the order") {
  Dataset a = generate_dataset({"spiral", 0, 0.2, 3, 5});
  Dataset b = generate_dataset({"spiral", 0, 0.2, 3, 5});
  Dataset c = generate_dataset({"spiral", 0, 0.2, 3, 6});
  CHECK(a.inputs == b.inputs);
  CHECK(a.inputs != c.inputs);
  auto [train, test] = split_dataset(a, 30);
  CHECK(train.size() == 150);
  CHECK(test.size() == 350);
  CHECK(train.inputs.col(0) == a.inputs.col(0));
  CHECK(test.inputs.col(0) == a.inputs.col(150));
}

TEST_CASE("bad dataset requests are refused with a reason") {
  CHECK_THROWS_WITH_AS(generate_dataset({"moons", 0, 0.0, 3, 1}),
                       "unknown dataset \"moons\" (known: circle, xor, gauss, spiral, plane, multigauss, spirals, "
                       "blobs, function, houses, driving)",
                       std::invalid_argument);
  CHECK_THROWS_AS(generate_dataset({"circle", 0, 0.9, 3, 1}), std::invalid_argument);
  CHECK_THROWS_AS(generate_dataset({"blobs", 0, 0.0, 9, 1}), std::invalid_argument);
  // Found by the configuration fuzzer: blobs draws points / classes of each class, none from fewer points.
  CHECK_THROWS_WITH_AS(generate_dataset({"blobs", 2, 0.0, 4, 1}), "points must be at least one per class, 4, not 2",
                       std::invalid_argument);
  CHECK(generate_dataset({"blobs", 4, 0.0, 4, 1}).size() == 4);
  CHECK_THROWS_AS(split_dataset(generate_dataset({"circle", 0, 0.0, 3, 1}), 100), std::invalid_argument);
}

namespace {
// Three points on the line y = 2x, labelled by the sign of x, in a row of the dataset table's shape.
GeneratedPoints line_points(const DatasetSpec&, int points, Random& random) {
  GeneratedPoints examples;
  for (int i = 0; i < points; ++i) {
    double x = random.uniform(-1, 1);
    examples.push_back({{x, 2 * x}, x > 0 ? 1.0 : 0.0});
  }
  return examples;
}
}  // namespace

TEST_CASE("a generator is a row of data: its names, classes and drawing function") {
  const DatasetGenerator line{"line", 7, {"x", "twice x"}, 2, {}, "sign", line_points};
  Dataset data = generate_dataset(line, {"ignored", 0, 0.0, 3, 4});
  CHECK(data.size() == 7);
  CHECK(data.input_names == std::vector<std::string>{"x", "twice x"});
  CHECK(data.class_names == std::vector<std::string>{"negative", "positive"});
  CHECK(data.label_name == "sign");
  CHECK(data.inputs.row(1).isApprox(2 * data.inputs.row(0)));
  for (Eigen::Index i = 0; i < data.size(); ++i) CHECK(data.labels(i) == (data.inputs(0, i) > 0 ? 1 : 0));

  const DatasetGenerator many{"many", 8, {"x", "twice x"}, kClassesFromSpec, {}, "label", line_points};
  CHECK(generate_dataset(many, {"many", 0, 0.0, 4, 1}).class_names ==
        std::vector<std::string>{"class 1", "class 2", "class 3", "class 4"});
}

TEST_CASE("the named datasets' columns and classes") {
  CHECK(generate_dataset({"houses", 10, 0.0, 3, 1}).input_names ==
        std::vector<std::string>{"size_m2", "stories", "distance_to_school_m"});
  Dataset driving = generate_dataset({"driving", 10, 0.0, 3, 1});
  CHECK(driving.class_names == std::vector<std::string>{"fail", "pass"});
  CHECK(driving.label_name == "pass");
  CHECK(generate_dataset({"spirals", 10, 0.0, 2, 1}).class_names == std::vector<std::string>{"negative", "positive"});
  CHECK(generate_dataset({"blobs", 9, 0.0, 3, 1}).class_names ==
        std::vector<std::string>{"class 1", "class 2", "class 3"});
}
