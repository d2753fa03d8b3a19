#include "generators.h"

#include <algorithm>
#include <cmath>

#include "expression.h"

namespace nnplay {

namespace {

double distance(double x, double y, double cx, double cy) { return std::hypot(x - cx, y - cy); }

// Playground's d3.scale.linear().domain([0, 0.5]).range([0.5, 4]) for the Gaussian variance.
double gauss_variance(double noise) { return 0.5 + noise / 0.5 * 3.5; }

GeneratedPoints circle(const DatasetSpec& spec, int points, Random& random) {
  const double noise = spec.noise;
  const double radius = 5;
  GeneratedPoints examples;
  auto add = [&](double r_low, double r_high) {
    for (int i = 0; i < points / 2; ++i) {
      double r = random.uniform(r_low, r_high);
      double angle = random.uniform(0, 2 * kPi);
      double x = r * std::sin(angle);
      double y = r * std::cos(angle);
      double noise_x = random.uniform(-radius, radius) * noise;
      double noise_y = random.uniform(-radius, radius) * noise;
      double label = distance(x + noise_x, y + noise_y, 0, 0) < radius * 0.5 ? 1 : 0;
      examples.push_back({{x, y}, label});
    }
  };
  add(0, radius * 0.5);
  add(radius * 0.7, radius);
  return examples;
}

GeneratedPoints xor_points(const DatasetSpec& spec, int points, Random& random) {
  const double noise = spec.noise;
  const double padding = 0.3;
  GeneratedPoints examples;
  for (int i = 0; i < points; ++i) {
    double x = random.uniform(-5, 5);
    x += x > 0 ? padding : -padding;
    double y = random.uniform(-5, 5);
    y += y > 0 ? padding : -padding;
    double noise_x = random.uniform(-5, 5) * noise;
    double noise_y = random.uniform(-5, 5) * noise;
    double label = (x + noise_x) * (y + noise_y) >= 0 ? 1 : 0;
    examples.push_back({{x, y}, label});
  }
  return examples;
}

GeneratedPoints gauss(const DatasetSpec& spec, int points, Random& random) {
  const double variance = gauss_variance(spec.noise);
  GeneratedPoints examples;
  auto add = [&](double cx, double cy, double label) {
    for (int i = 0; i < points / 2; ++i) {
      double x = random.normal(cx, variance);
      double y = random.normal(cy, variance);
      examples.push_back({{x, y}, label});
    }
  };
  add(2, 2, 1);
  add(-2, -2, 0);
  return examples;
}

// Arm c of k starts at angle 2πc/k; k = 2 gives the Playground's spiral.
GeneratedPoints spiral_arms(int points, double noise, int arms, double (*label_of)(int arm), Random& random) {
  GeneratedPoints examples;
  const int n = points / arms;
  for (int arm = 0; arm < arms; ++arm) {
    double delta_t = 2 * kPi * arm / arms;
    for (int i = 0; i < n; ++i) {
      double r = static_cast<double>(i) / n * 5;
      double t = 1.75 * i / n * 2 * kPi + delta_t;
      double x = r * std::sin(t) + random.uniform(-1, 1) * noise;
      double y = r * std::cos(t) + random.uniform(-1, 1) * noise;
      examples.push_back({{x, y}, label_of(arm)});
    }
  }
  return examples;
}

GeneratedPoints blobs(const DatasetSpec& spec, int points, Random& random) {
  const int classes = spec.classes;
  const double variance = gauss_variance(spec.noise);
  GeneratedPoints examples;
  for (int c = 0; c < classes; ++c) {
    double angle = 2 * kPi * c / classes;
    for (int i = 0; i < points / classes; ++i) {
      double x = random.normal(3.5 * std::cos(angle), variance);
      double y = random.normal(3.5 * std::sin(angle), variance);
      examples.push_back({{x, y}, static_cast<double>(c)});
    }
  }
  return examples;
}

// Regression over the square [−6, 6]², the label read at a noisy position, as the Playground does.
GeneratedPoints regression(int points, double noise, Random& random, double (*label)(double x, double y)) {
  const double radius = 6;
  GeneratedPoints examples;
  for (int i = 0; i < points; ++i) {
    double x = random.uniform(-radius, radius);
    double y = random.uniform(-radius, radius);
    double noise_x = random.uniform(-radius, radius) * noise;
    double noise_y = random.uniform(-radius, radius) * noise;
    examples.push_back({{x, y}, label(x + noise_x, y + noise_y)});
  }
  return examples;
}

// Playground's linear scale of x + y from [−10, 10] to [−1, 1].
double plane_label(double x, double y) { return (x + y) / 10; }

double multigauss_label(double x, double y) {
  static const double gaussians[6][3] = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
                                         {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
  double label = 0;
  for (const auto& g : gaussians) {
    // d3.scale.linear().domain([0, 2]).range([1, 0]).clamp(true)
    double scaled = g[2] * std::clamp(1 - distance(x, y, g[0], g[1]) / 2, 0.0, 1.0);
    if (std::abs(scaled) > std::abs(label)) label = scaled;
  }
  return label;
}

GeneratedPoints houses(const DatasetSpec& spec, int points, Random& random) {
  const double noise = spec.noise;
  GeneratedPoints examples;
  for (int i = 0; i < points; ++i) {
    double size = random.uniform(40, 250);
    double stories = 1 + random.below(3);
    double to_school = random.uniform(100, 2000);
    double price = 150000 + kHousePricePerSquareMetre * size + kHousePricePerStory * stories +
                   kHousePricePerMetreToSchool * to_school + random.normal(0, 1) * noise * 10000;
    examples.push_back({{size, stories, to_school}, price});
  }
  return examples;
}

// The Playground's two-arm spiral: its first arm is the positive class.
GeneratedPoints spiral(const DatasetSpec& spec, int points, Random& random) {
  return spiral_arms(points, spec.noise, 2, [](int arm) { return arm == 0 ? 1.0 : 0.0; }, random);
}

GeneratedPoints spirals(const DatasetSpec& spec, int points, Random& random) {
  return spiral_arms(points, spec.noise, spec.classes, [](int arm) { return static_cast<double>(arm); }, random);
}

GeneratedPoints plane(const DatasetSpec& spec, int points, Random& random) {
  return regression(points, spec.noise, random, plane_label);
}

GeneratedPoints multigauss(const DatasetSpec& spec, int points, Random& random) {
  return regression(points, spec.noise, random, multigauss_label);
}

// The ±6 square shows the curve at twice its size, f's graph over −3 ≤ x, y ≤ 3: there sin x shows
// a whole wave, x³ − x its two bends and |x| its corner. Where f is not defined (NaN: log x for
// x ≤ 0) a point is below. Noise moves the position the label is read at, as for regression.
constexpr double kCurveScale = 2;

GeneratedPoints function_points(const DatasetSpec& spec, int points, Random& random) {
  const Expression curve = Expression::parse(spec.function);
  const double radius = 6;
  GeneratedPoints examples;
  for (int i = 0; i < points; ++i) {
    double x = random.uniform(-radius, radius);
    double y = random.uniform(-radius, radius);
    double noise_x = random.uniform(-radius, radius) * spec.noise;
    double noise_y = random.uniform(-radius, radius) * spec.noise;
    bool above = (y + noise_y) / kCurveScale > curve((x + noise_x) / kCurveScale);
    examples.push_back({{x, y}, above ? 1.0 : 0.0});
  }
  return examples;
}

const std::vector<std::string> kPoint = {"x1", "x2"};

}  // namespace

const std::vector<DatasetGenerator>& synthetic_generators() {
  static const std::vector<DatasetGenerator> table = {
      // name        points  inputs  classes           class names  label    draw
      {"circle",     500,    kPoint, 2,                {},          "label", circle},
      {"xor",        500,    kPoint, 2,                {},          "label", xor_points},
      {"gauss",      500,    kPoint, 2,                {},          "label", gauss},
      {"spiral",     500,    kPoint, 2,                {},          "label", spiral},
      {"plane",      1200,   kPoint, 0,                {},          "label", plane},
      {"multigauss", 1200,   kPoint, 0,                {},          "label", multigauss},
      {"spirals",    600,    kPoint, kClassesFromSpec, {},          "label", spirals},
      {"blobs",      600,    kPoint, kClassesFromSpec, {},          "label", blobs},
      {"function",   500,    kPoint, 2,                {"below", "above"}, "label", function_points},
      {"houses",     500,    {"size_m2", "stories", "distance_to_school_m"}, 0, {}, "price", houses},
  };
  return table;
}

}  // namespace nnplay
