#include "optimizer.h"

#include <cmath>
#include <stdexcept>

#include "named_table.h"
#include "reshape.h"

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
      throw std::invalid_argument(std::string(what) + " must be a finite number ≥ 0, not " + number_text(value));
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

void Optimizer::read_settings(const OptimizerSettings& settings) {
  check_settings(settings);
  settings_ = settings;
  method_ = settings.name == "sgd" ? Method::sgd : settings.name == "momentum" ? Method::momentum : Method::adam;
  penalty_ = settings.regularization_rate == 0 || settings.regularization == "none" ? Penalty::none
             : settings.regularization == "L1"                                      ? Penalty::l1
                                                                                    : Penalty::l2;
}

Optimizer::Optimizer(const OptimizerSettings& settings, const Network& network) {
  read_settings(settings);
  for (const Layer& layer : network.layers()) {
    weight_first_.push_back(MatrixXf::Zero(layer.weights.rows(), layer.weights.cols()));
    weight_second_.push_back(MatrixXf::Zero(layer.weights.rows(), layer.weights.cols()));
    bias_first_.push_back(MatrixXf::Zero(layer.biases.size(), 1));
    bias_second_.push_back(MatrixXf::Zero(layer.biases.size(), 1));
    dead_.push_back(Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>::Constant(layer.weights.rows(),
                                                                                 layer.weights.cols(), false));
    dead_count_.push_back(0);
    shrink_.push_back(MatrixXf::Zero(layer.weights.rows(), layer.weights.cols()));
  }
}

void Optimizer::set_learning_rate(float rate) {
  OptimizerSettings changed = settings_;
  changed.learning_rate = rate;
  read_settings(changed);
}

void Optimizer::set_regularization(const std::string& kind, float rate) {
  OptimizerSettings changed = settings_;
  changed.regularization = kind;
  changed.regularization_rate = rate;
  read_settings(changed);
}

void Optimizer::revive(std::size_t layer, Eigen::Index to, Eigen::Index from) {
  if (dead_.at(layer)(to, from)) {
    dead_[layer](to, from) = false;
    --dead_count_[layer];
  }
}

namespace {

// √x correctly rounded, four at a time where SSE (natively, or translated to wasm) gives it: Eigen's
// own packet square root approximates it natively (EIGEN_FAST_MATH) and differently in wasm.
struct ExactSqrt {
  float operator()(float x) const { return std::sqrt(x); }
#ifdef EIGEN_VECTORIZE_SSE
  Eigen::internal::Packet4f packetOp(const Eigen::internal::Packet4f& x) const { return _mm_sqrt_ps(x); }
#endif
};

}  // namespace

}  // namespace nnplay

template <>
struct Eigen::internal::functor_traits<nnplay::ExactSqrt> {
#ifdef EIGEN_VECTORIZE_SSE
  enum { Cost = 4, PacketAccess = true };
#else
  enum { Cost = 4, PacketAccess = false };
#endif
};

namespace nnplay {

// Calls update(lanes, i) at i = 0, 4, 8, … with `lanes` an Array4f (one SIMD register), then at each
// of the last n mod 4 coefficients with a one-float array: every coefficient goes through the same
// IEEE operations either way. Written out rather than as Eigen expressions over the whole arrays,
// which the wasm build evaluated out of line, reloading every pointer and scalar at each packet.
template <typename Update>
EIGEN_ALWAYS_INLINE void four_at_a_time(Eigen::Index n, Update update) {
  Eigen::Index i = 0;
  for (; i + 4 <= n; i += 4) update(Eigen::Array4f(), i);
  for (; i < n; ++i) update(Eigen::Array<float, 1, 1>(), i);
}

void Optimizer::step_parameters(FlatParameters parameters, const FlatSums& sums, float scale, FlatParameters first,
                                FlatParameters second) {
  // g = scale · sums, folded into each update.
  float* theta = parameters.data();
  const float* sum = sums.data();
  float* m = first.data();
  float* v = second.data();
  const float rate = settings_.learning_rate;
  if (method_ == Method::sgd) {
    // θ ← θ − η g
    const float step = rate * scale;
    four_at_a_time(parameters.size(), [&](auto lanes, Eigen::Index i) {
      using Lanes = decltype(lanes);
      Eigen::Map<Lanes>(theta + i) -= step * Eigen::Map<const Lanes>(sum + i);
    });
  } else if (method_ == Method::momentum) {
    // v ← μ v + g;  θ ← θ − η v
    const float momentum = settings_.momentum;
    four_at_a_time(parameters.size(), [&](auto lanes, Eigen::Index i) {
      using Lanes = decltype(lanes);
      Eigen::Map<Lanes> velocity(m + i);
      velocity = momentum * velocity + scale * Eigen::Map<const Lanes>(sum + i);
      Eigen::Map<Lanes>(theta + i) -= rate * velocity;
    });
  } else {
    // m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  θ ← θ − η m̂ / (√v̂ + ε)
    const float b1 = settings_.beta1, b2 = settings_.beta2, epsilon = settings_.epsilon;
    const float first_scale = (1 - b1) * scale, second_scale = (1 - b2) * scale * scale;
    const float first_correction = first_correction_, second_correction = second_correction_;
    four_at_a_time(parameters.size(), [&](auto lanes, Eigen::Index i) {
      using Lanes = decltype(lanes);
      const Eigen::Map<const Lanes> g(sum + i);
      Eigen::Map<Lanes> mean(m + i), square(v + i);
      mean = b1 * mean + first_scale * g;
      square = b2 * square + second_scale * g.square();
      Eigen::Map<Lanes>(theta + i) -=
          rate * (mean / first_correction) / ((square / second_correction).unaryExpr(ExactSqrt()) + epsilon);
    });
  }
}

void Optimizer::regularize(MatrixXf& weights, std::size_t layer) {
  // shrink_ holds η λ R'(w_before), computed before the gradient step.
  const MatrixXf& shrink = shrink_[layer];
  if (penalty_ == Penalty::l2) {
    weights -= shrink;
    return;
  }
  // L1: a weight that the penalty pushes across zero dies, as in the Playground.
  auto updated = (weights - shrink).array();
  auto crossed = (weights.array() * updated < 0).eval();
  weights = crossed.select(0.0f, updated);
  if (crossed.any()) {
    dead_[layer] = dead_[layer] || crossed;
    dead_count_[layer] = static_cast<int>(dead_[layer].count());
  }
}

void Optimizer::step(Network& network, const Gradients& sums, float scale) {
  ++steps_;
  if (method_ == Method::adam) {
    const auto t = static_cast<float>(steps_);
    first_correction_ = 1 - std::pow(settings_.beta1, t);
    second_correction_ = 1 - std::pow(settings_.beta2, t);
  }
  const float shrink = settings_.learning_rate * settings_.regularization_rate;
  for (std::size_t l = 0; l < network.layers().size(); ++l) {
    Layer& layer = network.layers()[l];
    if (penalty_ == Penalty::l2) shrink_[l] = shrink * layer.weights;
    if (penalty_ == Penalty::l1) shrink_[l] = shrink * layer.weights.array().sign().matrix();
    step_parameters(flat(layer.weights), flat(sums.weights[l]), scale, flat(weight_first_[l]), flat(weight_second_[l]));
    step_parameters(flat(layer.biases), flat(sums.biases[l]), scale, flat(bias_first_[l]), flat(bias_second_[l]));
    if (penalty_ != Penalty::none) regularize(layer.weights, l);
    // Dead weights stay at zero whatever the step did.
    if (dead_count_[l] > 0) layer.weights = dead_[l].select(0.0f, layer.weights);
  }
}

void Optimizer::write_state(FlatWriter& out) const {
  out.count(steps_);
  for (std::size_t l = 0; l < dead_.size(); ++l) {
    out.matrix(weight_first_[l]);
    out.matrix(weight_second_[l]);
    out.matrix(bias_first_[l]);
    out.matrix(bias_second_[l]);
    out.mask(dead_[l]);
  }
}

void Optimizer::read_state(FlatReader& in) {
  steps_ = in.count("step count");
  for (std::size_t l = 0; l < dead_.size(); ++l) {
    in.matrix(weight_first_[l], "moments");
    in.matrix(weight_second_[l], "moments");
    in.matrix(bias_first_[l], "moments");
    in.matrix(bias_second_[l], "moments");
    in.mask(dead_[l], "dead weights");
    dead_count_[l] = static_cast<int>(dead_[l].count());
  }
}

}  // namespace nnplay
