#include "dataset.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "named_table.h"

namespace nnplay {

Dataset generate_dataset(const DatasetGenerator& generator, const DatasetSpec& spec) {
  if (!(spec.noise >= 0 && spec.noise <= 0.5)) {
    throw std::invalid_argument("noise must be between 0 and 0.5, not " + number_text(spec.noise));
  }
  if (spec.classes < 2 || spec.classes > 8) {
    throw std::invalid_argument("classes must be between 2 and 8, not " + std::to_string(spec.classes));
  }
  int points = spec.points == 0 ? generator.default_points : spec.points;
  if (points < 2 || points > 100000) {
    throw std::invalid_argument("points must be between 2 and 100000, not " + std::to_string(points));
  }

  // Found by the configuration fuzzer: with fewer points than classes, blobs drew none at all.
  if (generator.classes == kClassesFromSpec && points < spec.classes) {
    throw std::invalid_argument("points must be at least one per class, " + std::to_string(spec.classes) + ", not " +
                                std::to_string(points));
  }

  Random random(spec.seed);
  GeneratedPoints examples = generator.draw(spec, points, random);
  random.shuffle(examples);

  Dataset data;
  data.input_names = generator.input_names;
  data.classes = generator.classes == kClassesFromSpec ? spec.classes : generator.classes;
  data.class_names = generator.class_names;
  if (data.class_names.empty() && data.classes == 2) data.class_names = {"negative", "positive"};
  for (int c = static_cast<int>(data.class_names.size()); c < data.classes; ++c) {
    data.class_names.push_back("class " + std::to_string(c + 1));
  }
  data.label_name = generator.label_name;
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
