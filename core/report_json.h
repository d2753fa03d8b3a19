#pragma once
#include <nlohmann/json.hpp>

#include "metrics.h"
#include "step_trace.h"

namespace nnplay {

/// {"loss", "accuracy", "classAccuracy": [per true class], "confusion": [[true][predicted]],
/// "predicted": [per example, in the data's order], "rmse", "r2"}; JSON has no NaN, so a metric that does not apply (or a class with no example) is null.
nlohmann::json metrics_json(const Metrics& metrics);

/// {"inputs", "target", "z": [layer][unit], "a", "delta", "loss", "weightGradients": [layer][to][from],
/// "biasGradients": [layer][unit], "weightChanges", "biasChanges", "weightsAfter", "biasesAfter"}.
nlohmann::json trace_json(const StepTrace& trace);

/// trace_json of the example's own step with "example" (its training index), "label", "lossName", and
/// "minibatch": {"examples": [training indices], "loss", "weightGradients", "biasGradients",
/// "weightChanges", "biasChanges", "weightsAfter", "biasesAfter"} (means over the minibatch, and its
/// one step's changes and results).
nlohmann::json trace_json(const ExampleTrace& trace);

}  // namespace nnplay
