#include "model_columns.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "csv.h"
#include "named_table.h"

namespace nnplay {

namespace {

// The index of each model input among `columns`.
std::vector<std::size_t> input_columns(const Model& model, const std::vector<std::string>& columns,
                                       const std::string& source) {
  std::vector<std::size_t> indices;
  for (const std::string& name : model.input_names) {
    auto found = std::find(columns.begin(), columns.end(), name);
    if (found == columns.end()) {
      throw std::invalid_argument(source + " has no input \"" + name + "\" (the model reads " +
                                  join_names(model.input_names) + "; " + source + " has " + join_names(columns) + ")");
    }
    indices.push_back(static_cast<std::size_t>(found - columns.begin()));
  }
  return indices;
}

}  // namespace

Dataset fit_to_model(const Model& model, const Dataset& data, const std::string& source) {
  Dataset fitted = data;
  const std::vector<std::size_t> columns = input_columns(model, data.input_names, source);
  fitted.input_names = model.input_names;
  fitted.inputs.resize(static_cast<Eigen::Index>(columns.size()), data.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    fitted.inputs.row(static_cast<Eigen::Index>(i)) = data.inputs.row(static_cast<Eigen::Index>(columns[i]));
  }
  if (fitted.classes == model.classes && fitted.class_names == model.class_names) return fitted;
  if (model.classes > 0 && fitted.classes == 0) {
    throw std::invalid_argument("the model predicts classes (" + join_names(model.class_names) + "), but the labels of " +
                                source + " are numbers to predict");
  }
  // check_same_columns renumbers the classes by name and reads whole-number classes as values
  // for a regression model.
  Dataset reference;
  reference.input_names = model.input_names;
  reference.classes = model.classes;
  reference.class_names = model.class_names;
  try {
    check_same_columns(reference, fitted);
  } catch (const std::invalid_argument&) {
    throw std::invalid_argument(
        "the labels of " + source + " (" + join_names(data.class_names) + ") are not the model's " +
        (model.classes > 0 ? "classes (" + join_names(model.class_names) + ")" : "numbers to predict"));
  }
  return fitted;
}

}  // namespace nnplay
