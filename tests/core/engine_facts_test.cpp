#include <doctest/doctest.h>

#include "activation.h"
#include "engine_facts.h"
#include "input_transform.h"

using nlohmann::json;
using namespace nnplay;

TEST_CASE("the engine's facts: grid extent 6, the features in order with formulas, the activations") {
  const json facts = engine_facts();
  CHECK(facts["gridExtent"] == 6);
  const json features = {{{"name", "x"}, {"formula", "x"}},           {{"name", "y"}, {"formula", "y"}},
                         {{"name", "xSquared"}, {"formula", "x^2"}},   {{"name", "ySquared"}, {"formula", "y^2"}},
                         {{"name", "xTimesY"}, {"formula", "x*y"}},    {{"name", "sinX"}, {"formula", "sin(x)"}},
                         {{"name", "sinY"}, {"formula", "sin(y)"}}};
  CHECK(facts["features"] == features);
  CHECK(facts["activations"] ==
        json{"linear", "relu", "leaky_relu", "tanh", "sigmoid", "elu", "softplus", "softmax"});
  // The same order the input transform reads them in.
  CHECK(facts["features"][4]["name"] == playground_feature_names()[4]);
}
