package org.referralatlas.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.referralatlas.model.Atlas;
import org.referralatlas.query.AtlasSearch;
import org.referralatlas.query.SearchHit;
import org.referralatlas.ui.Messages;

/**
 * One search box over muscles, regions, symptoms and techniques, with ControlsFX autocompletion.
 * Choosing a suggestion, or Enter (which takes the best match), goes to the item.
 */
public final class SearchBox extends TextField {
    private static final int SUGGESTIONS = 12;

    private volatile AtlasSearch search;

    public SearchBox(ReadOnlyObjectProperty<Atlas> atlas, Consumer<SearchHit> go) {
        setId("search");
        setPromptText(Messages.get("toolbar.search.prompt"));
        setTooltip(new Tooltip(Messages.get("toolbar.search.prompt")));
        setPrefColumnCount(24);
        atlas.addListener((o, old, a) -> search = a == null ? null : new AtlasSearch(a));
        if (atlas.get() != null) {
            search = new AtlasSearch(atlas.get());
        }
        AutoCompletionBinding<SearchHit> binding = TextFields.bindAutoCompletion(this,
                request -> suggestions(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(SearchHit hit) {
                        return label(hit);
                    }

                    @Override
                    public SearchHit fromString(String s) {
                        return null;
                    }
                });
        binding.setVisibleRowCount(SUGGESTIONS);
        binding.setOnAutoCompleted(e -> {
            go.accept(e.getCompletion());
            clear();
        });
        // A filter, not onAction: the suggestion popup may be showing and must not swallow Enter.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                List<SearchHit> hits = suggestions(getText());
                if (!hits.isEmpty()) {
                    go.accept(hits.get(0));
                    clear();
                }
                e.consume();
            }
        });
    }

    /** The suggestions for what the user typed; runs on ControlsFX's background thread. */
    List<SearchHit> suggestions(String text) {
        AtlasSearch s = search;
        return s == null || text == null || text.isBlank() ? List.of() : s.search(text, SUGGESTIONS);
    }

    static String label(SearchHit hit) {
        String kind = Messages.get("search.kind." + hit.kind().id());
        String matched = hit.matched().equalsIgnoreCase(hit.name()) ? "" : " \u2014 " + hit.matched();
        return hit.name() + matched + "  (" + kind + ")";
    }
}
