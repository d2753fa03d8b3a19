// Model-file loader: any text is either refused with std::invalid_argument or gives a model that
// predicts and survives a save/load round trip unchanged. Anything else (another exception, a
// sanitizer report, an Eigen assertion) is a crash.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "json_text.h"
#include "model_file.h"

namespace {

void use(const nnplay::Model& model) {
  const Eigen::MatrixXf raw = Eigen::MatrixXf::Ones(static_cast<Eigen::Index>(model.input_names.size()), 2);  // [inputs, 2]
  nnplay::predict(model, raw);
  const nlohmann::json saved = nnplay::model_to_json(model, nullptr);
  if (nnplay::model_to_json(nnplay::model_from_json(saved), nullptr) != saved) {
    throw std::logic_error("a loaded model changed in a save/load round trip");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::optional<nnplay::Model> model;
  try {
    model.emplace(nnplay::model_from_json(nnplay::parse_json(text, "the model file")));
  } catch (const std::invalid_argument&) {
    return 0;
  }
  use(*model);  // outside the try: a loaded model that cannot be saved and read back is a crash
  return 0;
}
