// Every named dataset: the formula-drawn ones (generators.h) and the article's driving test, whose
// labels come from a network (presets.h). The one place the data layer meets the presets.
#include "dataset.h"
#include "generators.h"
#include "named_table.h"
#include "presets.h"

namespace nnplay {

namespace {

const std::vector<DatasetGenerator>& catalogue() {
  static const std::vector<DatasetGenerator> every = [] {
    std::vector<DatasetGenerator> table = synthetic_generators();
    table.push_back(driving_test_generator());
    return table;
  }();
  return every;
}

}  // namespace

Dataset generate_dataset(const DatasetSpec& spec) {
  return generate_dataset(find_by_name(catalogue(), spec.name, "dataset"), spec);
}

std::vector<std::string> dataset_names() { return names_of(catalogue()); }

}  // namespace nnplay
