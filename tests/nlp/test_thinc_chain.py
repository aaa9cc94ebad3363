"""thinc's `chain` as `reader.nlp.pipeline._predict_leanly` relies on it.

`_predict_leanly` swaps the private `_func` of every `chain` node of the loaded model for
`_chain_predicting`, a copy of thinc's `chain` forward that lets each layer's arrays go
when predicting. That leans on three things thinc does not promise: `chain` builds a
`Model` whose `_func` is `thinc.layers.chain.forward`, a model's call goes through
`_func(model, X, is_train=...)`, and that forward only feeds each layer's output to the
next. These tests fail, each saying which of them changed, when a thinc upgrade breaks
one, before the app would silently keep every array again or compute something else.
"""

from __future__ import annotations

import inspect

import numpy
from spacy.language import Language
from thinc.api import Dropout, Model, Relu, Softmax, chain
from thinc.layers.chain import forward as chain_forward

from reader.nlp import pipeline

_CHANGED = "thinc's chain changed shape; review reader.nlp.pipeline._predict_leanly: "


def _three_layers() -> Model[numpy.ndarray, numpy.ndarray]:
    model = chain(Relu(nO=4, nI=3), Dropout(0.5), chain(Relu(nO=4), Softmax(nO=2)))
    model.initialize(X=numpy.zeros((2, 3), dtype="f"))
    return model


def test_chain_builds_a_model_whose_forward_is_the_one_replaced() -> None:
    model = _three_layers()
    assert hasattr(model, "_func"), _CHANGED + "a Model keeps no `_func` any more"
    assert model._func is chain_forward, (
        _CHANGED + "chain's Model no longer runs thinc.layers.chain.forward"
    )
    nested = [node for node in model.walk() if node._func is chain_forward]
    assert len(nested) == 2, _CHANGED + "nested chains are no longer found by Model.walk()"


def test_chain_forward_takes_the_arguments_the_replacement_takes() -> None:
    theirs = list(inspect.signature(chain_forward).parameters)
    ours = list(inspect.signature(pipeline._chain_predicting).parameters)
    assert theirs == ours == ["model", "X", "is_train"], (
        _CHANGED + f"chain's forward takes {theirs}, the replacement {ours}"
    )


def test_a_model_call_goes_through_the_replaced_forward() -> None:
    model = _three_layers()
    calls: list[bool] = []

    def spy(node: Model[object, object], X: object, is_train: bool) -> tuple[object, object]:
        calls.append(is_train)
        return pipeline._chain_predicting(node, X, is_train)

    model._func = spy
    model.predict(numpy.ones((2, 3), dtype="f"))
    assert calls == [False], _CHANGED + "Model.predict no longer calls the model's `_func`"


def test_the_replacement_predicts_what_chain_s_own_forward_does() -> None:
    model = _three_layers()
    X = numpy.linspace(-2.0, 2.0, 15, dtype="f").reshape(5, 3)
    expected = model.predict(X)
    for node in model.walk():
        if node._func is chain_forward:
            node._func = pipeline._chain_predicting
    assert numpy.array_equal(model.predict(X), expected), (
        _CHANGED + "its forward now does more than feed each layer's output to the next"
    )


def test_the_loaded_components_chains_are_the_ones_swapped() -> None:
    nlp = Language()
    component = nlp.add_pipe("sentencizer")
    component.model = _three_layers()  # type: ignore[attr-defined]
    pipeline._predict_leanly(nlp)
    swapped = [n for n in component.model.walk() if n._func is pipeline._chain_predicting]  # type: ignore[attr-defined]
    assert len(swapped) == 2, _CHANGED + "a component's model no longer walks to its chains"
