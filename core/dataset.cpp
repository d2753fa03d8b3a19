#include "dataset.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

#include "named_table.h"
#include "presets.h"
#include "random.h"

namespace nnplay {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct GeneratedPoint {
  std::vector<double> inputs;
  double label;
};

using GeneratedPoints = std::vector<GeneratedPoint>;

double distance(double x, double y, double cx, double cy) { return std::hypot(x - cx, y - cy); }

// Playground's d3.scale.linear().domain([0, 0.5]).range([0.5, 4]) for the Gaussian variance.
double gauss_variance(double noise) { return 0.5 + noise / 0.5 * 3.5; }

GeneratedPoints circle(int points, double noise, Random& random) {
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

GeneratedPoints xor_points(int points, double noise, Random& random) {
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

GeneratedPoints gauss(int points, double noise, Random& random) {
  const double variance = gauss_variance(noise);
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
GeneratedPoints spiral_arms(int points, double noise, int arms, const std::function<double(int)>& label_of,
                     Random& random) {
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

GeneratedPoints blobs(int points, double noise, int classes, Random& random) {
  const double variance = gauss_variance(noise);
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
GeneratedPoints regression(int points, double noise, Random& random, const std::function<double(double, double)>& label) {
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

GeneratedPoints houses(int points, double noise, Random& random) {
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

}  // namespace

double driving_test_pass_probability(double age, double sex, double lessons) {
  Eigen::MatrixXf person(3, 1);
  person << static_cast<float>(age), static_cast<float>(sex), static_cast<float>(lessons);
  static const Model model = driving_test_model();
  return predict(model, person)(0, 0);
}

namespace {

GeneratedPoints driving(int points, Random& random) {
  GeneratedPoints examples;
  for (int i = 0; i < points; ++i) {
    double age = std::floor(random.uniform(17, 70));
    double sex = random.below(2);
    double lessons = random.below(41);
    double pass = random.uniform() < driving_test_pass_probability(age, sex, lessons) ? 1 : 0;
    examples.push_back({{age, sex, lessons}, pass});
  }
  return examples;
}

struct Generator {
  std::string name;
  int default_points;
  std::function<void(const DatasetSpec&, int points, Random&, GeneratedPoints&, Dataset&)> make;
};

void two_d(Dataset& data, int classes) {
  data.input_names = {"x1", "x2"};
  data.classes = classes;
  if (classes == 2) {
    data.class_names = {"negative", "positive"};
  } else {
    for (int c = 0; c < classes; ++c) data.class_names.push_back("class " + std::to_string(c + 1));
  }
}

const std::vector<Generator>& generators() {
  static const std::vector<Generator> table = {
      {"circle", 500, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = circle(n, s.noise, r);
         two_d(d, 2);
       }},
      {"xor", 500, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = xor_points(n, s.noise, r);
         two_d(d, 2);
       }},
      {"gauss", 500, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = gauss(n, s.noise, r);
         two_d(d, 2);
       }},
      {"spiral", 500, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         // The Playground's first arm is its positive class.
         e = spiral_arms(n, s.noise, 2, [](int arm) { return arm == 0 ? 1.0 : 0.0; }, r);
         two_d(d, 2);
       }},
      {"plane", 1200, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = regression(n, s.noise, r, plane_label);
         two_d(d, 0);
       }},
      {"multigauss", 1200, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = regression(n, s.noise, r, multigauss_label);
         two_d(d, 0);
       }},
      {"spirals", 600, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = spiral_arms(n, s.noise, s.classes, [](int arm) { return static_cast<double>(arm); }, r);
         two_d(d, s.classes);
       }},
      {"blobs", 600, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = blobs(n, s.noise, s.classes, r);
         two_d(d, s.classes);
       }},
      {"houses", 500, [](const DatasetSpec& s, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = houses(n, s.noise, r);
         d.input_names = {"size_m2", "stories", "distance_to_school_m"};
         d.label_name = "price";
       }},
      {"driving", 500, [](const DatasetSpec&, int n, Random& r, GeneratedPoints& e, Dataset& d) {
         e = driving(n, r);
         d.input_names = {"age", "sex", "lessons"};
         d.classes = 2;
         d.class_names = {"fail", "pass"};
         d.label_name = "pass";
       }},
  };
  return table;
}

}  // namespace

Dataset generate_dataset(const DatasetSpec& spec) {
  const Generator* generator = &find_by_name(generators(), spec.name, "dataset");
  if (!(spec.noise >= 0 && spec.noise <= 0.5)) {
    throw std::invalid_argument("noise must be between 0 and 0.5, not " + number_text(spec.noise));
  }
  if (spec.classes < 2 || spec.classes > 8) {
    throw std::invalid_argument("classes must be between 2 and 8, not " + std::to_string(spec.classes));
  }
  int points = spec.points == 0 ? generator->default_points : spec.points;
  if (points < 2 || points > 100000) {
    throw std::invalid_argument("points must be between 2 and 100000, not " + std::to_string(points));
  }

  Random random(spec.seed);
  GeneratedPoints examples;
  Dataset data;
  generator->make(spec, points, random, examples, data);
  random.shuffle(examples);

  auto dims = static_cast<Eigen::Index>(examples.front().inputs.size());
  data.inputs.resize(dims, static_cast<Eigen::Index>(examples.size()));
  data.labels.resize(static_cast<Eigen::Index>(examples.size()));
  for (std::size_t i = 0; i < examples.size(); ++i) {
    for (Eigen::Index d = 0; d < dims; ++d) {
      data.inputs(d, static_cast<Eigen::Index>(i)) = static_cast<float>(examples[i].inputs[d]);
    }
    data.labels(static_cast<Eigen::Index>(i)) = static_cast<float>(examples[i].label);
  }
  return data;
}

std::vector<std::string> dataset_names() { return names_of(generators()); }

std::pair<Dataset, Dataset> split_dataset(const Dataset& data, double train_percent) {
  if (!(train_percent > 0 && train_percent < 100)) {
    throw std::invalid_argument("the training share must be more than 0 and less than 100 percent, not " +
                                number_text(train_percent));
  }
  auto train_size = static_cast<Eigen::Index>(std::floor(static_cast<double>(data.size()) * train_percent / 100));
  train_size = std::clamp<Eigen::Index>(train_size, 1, data.size() - 1);
  Dataset train = data;
  Dataset test = data;
  train.inputs = data.inputs.leftCols(train_size);
  train.labels = data.labels.head(train_size);
  test.inputs = data.inputs.rightCols(data.size() - train_size);
  test.labels = data.labels.tail(data.size() - train_size);
  return {train, test};
}

}  // namespace nnplay
