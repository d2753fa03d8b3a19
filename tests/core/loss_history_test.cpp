#include <doctest/doctest.h>

#include "experiment.h"
#include "loss_history.h"

using namespace nnplay;

TEST_CASE("a short history keeps every epoch") {
  LossHistory history;
  for (int epoch = 1; epoch <= 3; ++epoch) history.add(epoch, 1.0 / epoch);
  const std::vector<LossHistory::Point> points = history.points();
  REQUIRE(points.size() == 3);
  CHECK(points[0].epoch == 1);
  CHECK(points[2].epoch == 3);
  CHECK(points[2].loss == 1.0 / 3);
}

TEST_CASE("a million epochs keep at most 1001 evenly spaced points, the first and the newest among them") {
  LossHistory history;
  const int epochs = 1000000;
  for (int epoch = 1; epoch <= epochs; ++epoch) history.add(epoch, 1.0 / epoch);
  const std::vector<LossHistory::Point> points = history.points();
  // The stride doubles each time 1000 points are full: at stride 512 they end at 1 + 999·512 = 511 489
  // < 10⁶, so it becomes 1024 and the kept epochs are 1 + k·1024 ≤ 10⁶, k = 0..976 (977 points, the
  // last 999 425), then the newest, 10⁶.
  REQUIRE(points.size() == 978);
  CHECK(points.front().epoch == 1);
  for (std::size_t i = 0; i + 1 < points.size() - 1; ++i) CHECK(points[i + 1].epoch - points[i].epoch == 1024);
  CHECK(points[points.size() - 2].epoch == 999425);
  CHECK(points.back().epoch == epochs);
  // Each point is the loss of its own epoch: the curve keeps its shape.
  for (const LossHistory::Point& point : points) CHECK(point.loss == 1.0 / point.epoch);
}

TEST_CASE("an experiment's history follows training and is emptied by reset") {
  Experiment experiment(nlohmann::json{{"dataset", {{"name", "circle"}}}});
  experiment.train(3);
  experiment.train(2);
  std::vector<LossHistory::Point> points = experiment.history().points();
  REQUIRE(points.size() == 5);
  CHECK(points[4].epoch == 5);
  experiment.reset();
  CHECK(experiment.history().points().empty());
}
