#include "input_transform.h"

#include <algorithm>
#include <stdexcept>

#include "named_table.h"

namespace nnplay {

namespace {

using Eigen::ArrayXXf;

ArrayXXf x_value(const ArrayXXf& x, const ArrayXXf&) { return x; }
ArrayXXf y_value(const ArrayXXf&, const ArrayXXf& y) { return y; }
ArrayXXf x_squared(const ArrayXXf& x, const ArrayXXf&) { return x.square(); }
ArrayXXf y_squared(const ArrayXXf&, const ArrayXXf& y) { return y.square(); }
ArrayXXf x_times_y(const ArrayXXf& x, const ArrayXXf& y) { return x * y; }
ArrayXXf sin_x(const ArrayXXf& x, const ArrayXXf&) { return x.sin(); }
ArrayXXf sin_y(const ArrayXXf&, const ArrayXXf& y) { return y.sin(); }

const Feature& feature(const std::string& name) { return find_by_name(playground_features(), name, "input feature"); }

}  // namespace

const std::vector<Feature>& playground_features() {
  static const std::vector<Feature> features = {
      {"x", "x", x_value},
      {"y", "y", y_value},
      {"xSquared", "x^2", x_squared},
      {"ySquared", "y^2", y_squared},
      {"xTimesY", "x*y", x_times_y},
      {"sinX", "sin(x)", sin_x},
      {"sinY", "sin(y)", sin_y},
  };
  return features;
}

std::vector<std::string> playground_feature_names() { return names_of(playground_features()); }

int InputTransform::network_inputs(int raw_dimensions) const {
  if (features.empty()) return raw_dimensions;
  if (raw_dimensions != 2) {
    throw std::invalid_argument("the named input features need 2-D points, not " + std::to_string(raw_dimensions) +
                                "-D inputs");
  }
  for (const std::string& name : features) feature(name);
  return static_cast<int>(features.size());
}

void InputTransform::apply(const Eigen::Ref<const Eigen::MatrixXf>& raw, Eigen::MatrixXf& out) const {
  const Eigen::Index inputs = network_inputs(static_cast<int>(raw.rows()));
  out.resize(inputs, raw.cols());
  if (features.empty()) {
    out = raw;
  } else {
    const Eigen::ArrayXXf x = raw.row(0).array();  // [1, points]
    const Eigen::ArrayXXf y = raw.row(1).array();
    for (Eigen::Index f = 0; f < inputs; ++f) {
      out.row(f) = feature(features[static_cast<std::size_t>(f)]).apply(x, y).matrix();
    }
  }
  if (mean.size() > 0) out = (out.colwise() - mean).array().colwise() / scale.array();
}

void InputTransform::fit_standardisation(const Eigen::Ref<const Eigen::MatrixXf>& raw) {
  mean.resize(0);
  scale.resize(0);
  Eigen::MatrixXf transformed;
  apply(raw, transformed);
  mean = transformed.rowwise().mean();
  scale = ((transformed.colwise() - mean).rowwise().squaredNorm() / static_cast<float>(transformed.cols()))
              .cwiseSqrt();
  scale = (scale.array() > 0).select(scale, 1.0f);
}

}  // namespace nnplay
