#include "plane_data.h"

#include <cmath>
#include <cstdio>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "named_table.h"
#include "random.h"

namespace nnplay {

namespace {

// Maps `values` linearly onto [−extent, extent] unless they already lie within ±fit.
void fit_range(Eigen::Ref<Eigen::RowVectorXf, 0, Eigen::InnerStride<>> values, float fit, float extent) {
  const float low = values.minCoeff();
  const float high = values.maxCoeff();
  if (low >= -fit && high <= fit) return;
  if (high == low) {
    values.setZero();
    return;
  }
  // v ← −extent + 2·extent · (v − low) / (high − low)
  values = ((values.array() - low) * (2 * extent / (high - low)) - extent).matrix();
}

}  // namespace

std::string plane_csv(const std::string& text, const PlaneColumns& columns) {
  if (columns.x == columns.y) {
    throw std::invalid_argument("the map needs two different columns across and up, not " + quoted(columns.x) + " twice");
  }
  Dataset data = parse_csv(text, columns.label, columns.kind, {columns.x, columns.y});
  Eigen::MatrixXf inputs = data.inputs;  // [2, examples]
  fit_range(inputs.row(0), kPlaneFit, kPlaneScaledExtent);
  fit_range(inputs.row(1), kPlaneFit, kPlaneScaledExtent);
  Eigen::RowVectorXf labels = data.labels.transpose();  // [examples]
  if (!data.is_classification()) fit_range(labels, 1.0f, 1.0f);

  std::vector<Eigen::Index> order(static_cast<std::size_t>(data.size()));
  std::iota(order.begin(), order.end(), Eigen::Index{0});
  Random(1).shuffle(order);
  std::string csv = std::string("x1,x2,") + (data.is_classification() ? "class" : "value") + "\n";
  char row[64];  // three floats at 9 significant digits
  for (Eigen::Index i : order) {
    std::snprintf(row, sizeof row, "%.9g,%.9g,%.9g\n", inputs(0, i), inputs(1, i), labels(i));
    csv += row;
  }
  return csv;
}

}  // namespace nnplay
