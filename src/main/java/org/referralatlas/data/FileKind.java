package org.referralatlas.data;

/** The kinds of file an atlas is made of, each with its JSON Schema. */
public enum FileKind {
    ATLAS("atlas.schema.json"),
    VIEW("view.schema.json"),
    SHAPES("shapes.schema.json"),
    REGIONS("regions.schema.json"),
    SYMPTOMS("symptoms.schema.json"),
    MUSCLES("muscles.schema.json"),
    TECHNIQUES("techniques.schema.json"),
    RED_FLAGS("red-flags.schema.json"),
    PAIN_GUIDES("pain-guides.schema.json");

    private final String schemaFile;

    FileKind(String schemaFile) {
        this.schemaFile = schemaFile;
    }

    public String schemaFile() {
        return schemaFile;
    }
}
