#include "plane_grids.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "input_transform.h"

namespace nnplay {

namespace {

void check_resolution(int resolution) {
  if (resolution < 2 || resolution > 1000) {
    throw std::invalid_argument("the grid resolution must be 2 to 1000, not " + std::to_string(resolution));
  }
}

// Refuses a request whose buffers would exceed kGridBudgetBytes (plane_grids.h has the formula).
void check_request(const Model& model, int resolution) {
  check_resolution(resolution);
  if (model.input_names.size() != 2) throw std::invalid_argument("a grid needs 2-D data");
  double neurons = model.network.spec().inputs;
  for (const Layer& layer : model.network.layers()) neurons += static_cast<double>(layer.biases.size());
  const double bytes_per_cell = (2 + 3 * neurons) * sizeof(float);
  const double cells = static_cast<double>(resolution) * resolution;
  if (cells * bytes_per_cell > kGridBudgetBytes) {
    const int largest = static_cast<int>(std::sqrt(kGridBudgetBytes / bytes_per_cell));
    throw std::invalid_argument("a " + std::to_string(resolution) + "×" + std::to_string(resolution) + " grid of " +
                                std::to_string(static_cast<int>(neurons)) + " neurons would need " +
                                std::to_string(static_cast<long long>(cells * bytes_per_cell / (1024 * 1024))) +
                                " MB, more than the 256 MB a grid may use: this network's grids can be at most " +
                                std::to_string(largest) + "×" + std::to_string(largest));
  }
}

}  // namespace

Eigen::MatrixXf grid_points(int resolution) {
  check_resolution(resolution);
  Eigen::MatrixXf points(2, resolution * resolution);
  const float step = 2 * kGridExtent / static_cast<float>(resolution - 1);
  for (int row = 0; row < resolution; ++row) {
    for (int col = 0; col < resolution; ++col) {
      points(0, row * resolution + col) = -kGridExtent + step * static_cast<float>(col);
      points(1, row * resolution + col) = kGridExtent - step * static_cast<float>(row);
    }
  }
  return points;
}

std::vector<float> feature_grids(int resolution) {
  InputTransform every_feature;
  every_feature.features = playground_feature_names();
  Eigen::MatrixXf features;  // [features, cells]
  every_feature.apply(grid_points(resolution), features);
  Eigen::MatrixXf by_feature = features.transpose();  // [cells, features]: each feature's grid contiguous
  return std::vector<float>(by_feature.data(), by_feature.data() + by_feature.size());
}

namespace {

// One unit of an elementwise layer over the cells of `previous` [cells, inputs of the layer]:
// z = b + Σ_from w(unit, from) · a_prev(:, from), summed in Network::forward_by_rows' order so the
// values are the same as a whole pass's. [cells, 1]
Eigen::MatrixXf unit_alone(const Layer& layer, Eigen::Index unit, const Eigen::MatrixXf& previous) {
  Eigen::MatrixXf z = Eigen::MatrixXf::Constant(previous.rows(), 1, layer.biases(unit));
  for (Eigen::Index from = 0; from < previous.cols(); ++from) z.col(0) += layer.weights(unit, from) * previous.col(from);
  Eigen::MatrixXf a;
  layer.activation->apply(z, a);
  return a;
}

}  // namespace

PlaneGrids::Slot& PlaneGrids::slot(const Model& model, int resolution) {
  check_request(model, resolution);
  ++clock_;
  auto found = std::find_if(slots_.begin(), slots_.end(), [&](const Slot& s) { return s.resolution == resolution; });
  if (found == slots_.end()) {
    Eigen::MatrixXf inputs;  // [network inputs, cells]
    model.transform.apply(grid_points(resolution), inputs);
    Eigen::MatrixXf by_rows = inputs.transpose();  // [cells, network inputs]
    found = std::min_element(slots_.begin(), slots_.end(), [](const Slot& a, const Slot& b) { return a.used < b.used; });
    // Everything that may fail is done: the slot changes only now (a swap cannot throw).
    found->inputs.swap(by_rows);
    found->resolution = resolution;
    found->pass_current = false;
  }
  found->used = clock_;
  return *found;
}

PlaneGrids::Slot& PlaneGrids::current_slot(const Model& model, int resolution) {
  Slot& s = slot(model, resolution);
  if (!s.pass_current) {
    model.network.forward_by_rows(s.inputs, s.pass);
    s.pass_current = true;
  }
  return s;
}

void PlaneGrids::weights_changed() {
  for (Slot& s : slots_) s.pass_current = false;
}

const std::vector<float>& PlaneGrids::output(const Model& model, int resolution) {
  const Eigen::MatrixXf& output = current_slot(model, resolution).pass.a.back();  // [cells, outputs]
  values_.resize(static_cast<std::size_t>(output.rows()));
  const bool sigmoid = model.network.head().name == "sigmoid";
  for (Eigen::Index i = 0; i < output.rows(); ++i) {
    float value;
    if (model.classes == 0) {
      value = model.target_mean + model.target_scale * output(i, 0);
    } else if (output.cols() > 2) {
      Eigen::Index best;
      output.row(i).maxCoeff(&best);
      value = static_cast<float>(best);
    } else if (output.cols() == 2) {
      value = 2 * output(i, 1) - 1;
    } else {
      value = sigmoid ? 2 * output(i, 0) - 1 : output(i, 0);
    }
    values_[static_cast<std::size_t>(i)] = value;
  }
  return values_;
}

const std::vector<float>& PlaneGrids::class_probabilities(const Model& model, int resolution) {
  const std::string& head = model.network.head().name;
  if (model.classes == 0 || (head != "softmax" && head != "sigmoid")) {
    throw std::invalid_argument("class probabilities need a softmax or sigmoid output, not " +
                                (model.classes == 0 ? std::string("a regression") : "a " + head + " output"));
  }
  const Eigen::MatrixXf& output = current_slot(model, resolution).pass.a.back();  // [cells, outputs]
  const auto cells = static_cast<std::size_t>(output.rows());
  if (head == "softmax") {
    // Column-major: each class's grid is one column, the columns one after another.
    values_.assign(output.data(), output.data() + output.size());
    return values_;
  }
  values_.resize(2 * cells);
  for (std::size_t i = 0; i < cells; ++i) {
    const float p = output(static_cast<Eigen::Index>(i), 0);  // p(class 1)
    values_[i] = 1 - p;
    values_[cells + i] = p;
  }
  return values_;
}

const std::vector<float>& PlaneGrids::neurons(const Model& model, int resolution) {
  const Slot& s = current_slot(model, resolution);
  // Each [cells, units] matrix is its units' grids one after another.
  std::size_t size = static_cast<std::size_t>(s.inputs.size());
  for (const Eigen::MatrixXf& a : s.pass.a) size += static_cast<std::size_t>(a.size());
  values_.resize(size);
  float* out = std::copy_n(s.inputs.data(), s.inputs.size(), values_.data());
  for (const Eigen::MatrixXf& a : s.pass.a) out = std::copy_n(a.data(), a.size(), out);
  return values_;
}

const std::vector<float>& PlaneGrids::neuron(const Model& model, int resolution, int neuron) {
  Slot& s = slot(model, resolution);
  const std::vector<Layer>& layers = model.network.layers();
  Eigen::Index neurons = s.inputs.cols();
  for (const Layer& l : layers) neurons += l.biases.size();
  if (neuron < 0 || neuron >= neurons) {
    throw std::invalid_argument("neuron " + std::to_string(neuron) + " does not exist (0.." +
                                std::to_string(neurons - 1) + ")");
  }
  // The neuron's layer (−1: a network input) and its unit there.
  int layer = -1;
  Eigen::Index unit = neuron;
  Eigen::Index count = s.inputs.cols();
  while (unit >= count) {
    unit -= count;
    count = layers[static_cast<std::size_t>(++layer)].biases.size();
  }
  const Eigen::MatrixXf* column_source;  // [cells, units of the neuron's layer]
  Eigen::Index column = unit;
  Eigen::MatrixXf alone;  // [cells, 1]
  if (layer < 0) {
    column_source = &s.inputs;
  } else if (s.pass_current) {
    column_source = &s.pass.a[static_cast<std::size_t>(layer)];
  } else {
    const auto l = static_cast<std::size_t>(layer);
    if (l > 0) model.network.forward_by_rows(s.inputs, s.pass, l);
    const Layer& own = layers[l];
    if (own.activation->elementwise) {
      alone = unit_alone(own, unit, l == 0 ? s.inputs : s.pass.a[l - 1]);
      column_source = &alone;
      column = 0;
    } else {
      column_source = &model.network.forward_by_rows(s.inputs, s.pass, l + 1);
    }
  }
  values_.assign(column_source->col(column).data(), column_source->col(column).data() + column_source->rows());
  return values_;
}

}  // namespace nnplay
