#include "input_transform.h"

#include <algorithm>
#include <stdexcept>

#include "named_table.h"

namespace nnplay {

const std::vector<std::string>& playground_feature_names() {
  static const std::vector<std::string> names = {"x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY"};
  return names;
}

namespace {

int feature_index(const std::string& name) {
  const auto& names = playground_feature_names();
  auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) {
    throw std::invalid_argument("unknown input feature \"" + name + "\" (known: " + join_names(names) + ")");
  }
  return static_cast<int>(found - names.begin());
}

}  // namespace

int InputTransform::network_inputs(int raw_dimensions) const {
  if (features.empty()) return raw_dimensions;
  if (raw_dimensions != 2) {
    throw std::invalid_argument("the named input features need 2-D points, not " + std::to_string(raw_dimensions) +
                                "-D inputs");
  }
  for (const std::string& name : features) feature_index(name);
  return static_cast<int>(features.size());
}

void InputTransform::apply(const Eigen::Ref<const Eigen::MatrixXf>& raw, Eigen::MatrixXf& out) const {
  const Eigen::Index inputs = network_inputs(static_cast<int>(raw.rows()));
  out.resize(inputs, raw.cols());
  if (features.empty()) {
    out = raw;
  } else {
    for (Eigen::Index f = 0; f < inputs; ++f) {
      auto x = raw.row(0).array();
      auto y = raw.row(1).array();
      switch (feature_index(features[static_cast<std::size_t>(f)])) {
        case 0: out.row(f) = x; break;
        case 1: out.row(f) = y; break;
        case 2: out.row(f) = x.square(); break;
        case 3: out.row(f) = y.square(); break;
        case 4: out.row(f) = x * y; break;
        case 5: out.row(f) = x.sin(); break;
        default: out.row(f) = y.sin(); break;
      }
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
