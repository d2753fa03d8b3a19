#include "optimizer.h"

#include <cmath>
#include <stdexcept>

namespace nnplay {

using Eigen::MatrixXf;

void check_settings(const OptimizerSettings& s) {
  if (s.name != "sgd" && s.name != "momentum" && s.name != "adam") {
    throw std::invalid_argument("unknown optimizer \"" + s.name + "\" (known: sgd, momentum, adam)");
  }
  if (s.regularization != "none" && s.regularization != "L1" && s.regularization != "L2") {
    throw std::invalid_argument("unknown regularization \"" + s.regularization + "\" (known: none, L1, L2)");
  }
  auto check_rate = [](const char* what, float value) {
    if (!std::isfinite(value) || value < 0) {
      throw std::invalid_argument(std::string(what) + " must be a finite number ≥ 0, not " + std::to_string(value));
    }
  };
  check_rate("the learning rate", s.learning_rate);
  check_rate("the regularization rate", s.regularization_rate);
  check_rate("momentum", s.momentum);
  if (!(s.beta1 >= 0 && s.beta1 < 1 && s.beta2 >= 0 && s.beta2 < 1)) {
    throw std::invalid_argument("Adam's beta1 and beta2 must be in [0, 1)");
  }
  if (!(s.epsilon > 0)) throw std::invalid_argument("Adam's epsilon must be > 0");
}

Optimizer::Optimizer(const OptimizerSettings& settings, const Network& network) : settings_(settings) {
  check_settings(settings);
  for (const Layer& layer : network.layers()) {
    weight_first_.push_back(MatrixXf::Zero(layer.weights.rows(), layer.weights.cols()));
    weight_second_.push_back(MatrixXf::Zero(layer.weights.rows(), layer.weights.cols()));
    bias_first_.push_back(MatrixXf::Zero(layer.biases.size(), 1));
    bias_second_.push_back(MatrixXf::Zero(layer.biases.size(), 1));
    dead_.push_back(Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>::Constant(layer.weights.rows(),
                                                                                 layer.weights.cols(), false));
  }
}

void Optimizer::set_learning_rate(float rate) {
  OptimizerSettings changed = settings_;
  changed.learning_rate = rate;
  check_settings(changed);
  settings_ = changed;
}

void Optimizer::set_regularization(const std::string& kind, float rate) {
  OptimizerSettings changed = settings_;
  changed.regularization = kind;
  changed.regularization_rate = rate;
  check_settings(changed);
  settings_ = changed;
}

void Optimizer::revive(std::size_t layer, Eigen::Index to, Eigen::Index from) { dead_.at(layer)(to, from) = false; }

void Optimizer::step_parameters(Eigen::Ref<MatrixXf> parameters, const Eigen::Ref<const MatrixXf>& gradient,
                                MatrixXf& first, MatrixXf& second) {
  const float rate = settings_.learning_rate;
  if (settings_.name == "sgd") {
    // θ ← θ − η g
    parameters.noalias() -= rate * gradient;
  } else if (settings_.name == "momentum") {
    // v ← μ v + g;  θ ← θ − η v
    first = settings_.momentum * first + gradient;
    parameters.noalias() -= rate * first;
  } else {
    // m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  θ ← θ − η m̂ / (√v̂ + ε)
    const float b1 = settings_.beta1, b2 = settings_.beta2;
    first = b1 * first + (1 - b1) * gradient;
    second = b2 * second + (1 - b2) * gradient.cwiseAbs2();
    const auto t = static_cast<float>(steps_);
    const float first_correction = 1 - std::pow(b1, t);
    const float second_correction = 1 - std::pow(b2, t);
    parameters.array() -= rate * (first.array() / first_correction) /
                          ((second.array() / second_correction).sqrt() + settings_.epsilon);
  }
}

void Optimizer::regularize(Eigen::Ref<MatrixXf> weights, const MatrixXf& before,
                           Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>& dead) const {
  const float shrink = settings_.learning_rate * settings_.regularization_rate;
  const bool l1 = settings_.regularization == "L1";
  for (Eigen::Index from = 0; from < weights.cols(); ++from) {
    for (Eigen::Index to = 0; to < weights.rows(); ++to) {
      if (dead(to, from)) {
        weights(to, from) = 0;
        continue;
      }
      float w = before(to, from);
      float derivative = l1 ? static_cast<float>((w > 0) - (w < 0)) : w;
      float updated = weights(to, from) - shrink * derivative;
      if (l1 && weights(to, from) * updated < 0) {
        // The regularisation step crossed zero: the weight dies, as in the Playground.
        updated = 0;
        dead(to, from) = true;
      }
      weights(to, from) = updated;
    }
  }
}

void Optimizer::step(Network& network, const Gradients& mean) {
  ++steps_;
  const bool regularized = settings_.regularization != "none" && settings_.regularization_rate > 0;
  for (std::size_t l = 0; l < network.layers().size(); ++l) {
    Layer& layer = network.layers()[l];
    if (regularized) before_ = layer.weights;
    step_parameters(layer.weights, mean.weights[l], weight_first_[l], weight_second_[l]);
    step_parameters(layer.biases, mean.biases[l], bias_first_[l], bias_second_[l]);
    if (regularized) {
      regularize(layer.weights, before_, dead_[l]);
    } else if (dead_[l].any()) {
      layer.weights = dead_[l].select(0.0f, layer.weights);
    }
  }
}

}  // namespace nnplay
