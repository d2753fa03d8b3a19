#include "report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace nnplay::cli {

namespace {

// Pads on the left to `width` characters (the text is ASCII or a class name).
std::string right(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string left(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

}  // namespace

std::string format(const char* pattern, double value) {
  char text[64];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

std::vector<std::string> prediction_fields(const Model& model, const Eigen::Ref<const Eigen::VectorXf>& output) {
  if (model.classes == 0) return {format("%.6g", output(0))};
  const int predicted = predicted_class(model, output);
  std::vector<std::string> fields = {model.class_names[static_cast<std::size_t>(predicted)]};
  const std::string& head = model.network.head().name;
  if (head != "sigmoid" && head != "softmax") {
    // The output's margin past 0 toward the class.
    fields.push_back(format("%.4g", predicted == 1 ? output(0) : -output(0)));
    return fields;
  }
  for (int c = 0; c < model.classes; ++c) {
    // One sigmoid unit is the probability of class 1.
    const double p = output.size() > 1 ? output(c) : c == 1 ? output(0) : 1 - output(0);
    fields.push_back(model.class_names[static_cast<std::size_t>(c)] + " " + format("%.2f%%", 100 * p));
  }
  return fields;
}

std::string formula_text(const Model& model) {
  LinearFormula formula;
  if (!linear_formula(model, formula)) return "";
  std::string text = model.label_name + " = " + format("%.6g", formula.intercept);
  for (std::size_t i = 0; i < formula.coefficients.size(); ++i) {
    const double c = formula.coefficients[i];
    text += (c < 0 ? " - " : " + ") + format("%.6g", std::abs(c)) + "*" + model.input_names[i];
  }
  return text;
}

std::string metrics_line(const Model& model, const Metrics& metrics, bool with_loss) {
  std::string line = with_loss ? "loss " + format("%.6g", metrics.loss) + " " : "";
  if (model.classes > 0) return line + "accuracy " + format("%.4f", metrics.accuracy);
  return line + "RMSE " + format("%.6g", metrics.rmse) + " R² " + format("%.4f", metrics.r2);
}

void print_metrics(std::ostream& out, const Model& model, const Metrics& metrics, bool with_loss) {
  if (with_loss) out << "loss      " << format("%.6g", metrics.loss) << "\n";
  if (model.classes == 0) {
    out << "RMSE      " << format("%.6g", metrics.rmse) << "\n";
    out << "R²        " << format("%.4f", metrics.r2) << "\n";
    return;
  }
  out << "accuracy  " << format("%.4f", metrics.accuracy) << "\n";

  std::size_t name_width = 0;
  for (const std::string& name : model.class_names) name_width = std::max(name_width, name.size());
  out << "accuracy per class\n";
  for (int c = 0; c < model.classes; ++c) {
    // NaN when the data has no example of the class.
    out << "  " << left(model.class_names[c], name_width) << "  " << format("%.4f", metrics.class_accuracy[c]) << "\n";
  }

  std::size_t cell_width = name_width;
  for (int t = 0; t < model.classes; ++t) {
    for (int p = 0; p < model.classes; ++p) {
      cell_width = std::max(cell_width, std::to_string(metrics.confusion(t, p)).size());
    }
  }
  out << "confusion matrix (rows: true class, columns: predicted class)\n";
  out << "  " << std::string(name_width, ' ');
  for (const std::string& name : model.class_names) out << "  " << right(name, cell_width);
  out << "\n";
  for (int t = 0; t < model.classes; ++t) {
    out << "  " << left(model.class_names[t], name_width);
    for (int p = 0; p < model.classes; ++p) out << "  " << right(std::to_string(metrics.confusion(t, p)), cell_width);
    out << "\n";
  }
}

}  // namespace nnplay::cli
