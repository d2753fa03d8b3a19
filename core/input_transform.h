#pragma once
#include <Eigen/Core>
#include <string>
#include <vector>

namespace nnplay {

/// Turns raw inputs [dimensions, examples] into the network's inputs [features, examples]:
/// first TensorFlow Playground's named features of 2-D points (x, y, xSquared, ySquared, xTimesY,
/// sinX, sinY), or the raw dimensions unchanged when `features` is empty; then, when fitted,
/// standardisation (v − mean) / scale per network input.
struct InputTransform {
  std::vector<std::string> features;  // Playground feature names; empty: raw inputs
  Eigen::VectorXf mean;               // [network inputs], empty: no standardisation
  Eigen::VectorXf scale;              // [network inputs]

  /// Throws std::invalid_argument for an unknown feature, or named features of non-2-D inputs.
  int network_inputs(int raw_dimensions) const;
  /// out = transform(raw); `out` is resized only when its shape changes.
  void apply(const Eigen::Ref<const Eigen::MatrixXf>& raw, Eigen::MatrixXf& out) const;
  /// Sets mean and scale from the transformed training inputs (a constant column gets scale 1).
  void fit_standardisation(const Eigen::Ref<const Eigen::MatrixXf>& raw);
};

/// One of TensorFlow Playground's features of a 2-D point: its name, its formula as text, and its
/// value for rows of x and y ([1, points] each).
struct Feature {
  std::string name;
  std::string formula;
  Eigen::ArrayXXf (*apply)(const Eigen::ArrayXXf& x, const Eigen::ArrayXXf& y);
};

/// x, y, xSquared, ySquared, xTimesY, sinX, sinY, in this order.
const std::vector<Feature>& playground_features();
std::vector<std::string> playground_feature_names();

}  // namespace nnplay
