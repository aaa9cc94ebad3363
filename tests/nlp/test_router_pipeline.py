"""The app's entity service is the router (`reader.tui.launch` builds one): what the entity
keys and the export dialog ask of a service, it must answer as an `EntityService` does.
The TUI tests run on fakes that had these calls while the router lacked them, so in
`reader` itself the dialog's spacy line wrote nothing and `w`/`b` never met the
pipeline's tokens (review23)."""

from __future__ import annotations

from pathlib import Path

from reader.nlp import EntityService
from reader.nlp.router import ModelRouter

BODY = "The U.S. Federal Reserve's chair spoke\n\nin New York-based talks on Monday."


def test_the_router_tokenizes_and_lends_its_default_pipeline(
    model_service: EntityService, tmp_path: Path
) -> None:
    router = ModelRouter(model_service.model, {"fr": "fr_core_news_sm"}, tmp_path / "cache")
    try:
        assert router.tokens(BODY) == model_service.tokens(BODY)
        assert router.with_pipeline(lambda nlp: nlp) is model_service.pipeline
    finally:
        router.close()
