package org.referralatlas.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Jackson records mirroring the atlas files one to one. They are read only after the file has
 * passed its JSON Schema; the loader turns them into model records. Nothing outside {@code data}
 * sees these types.
 */
final class Dto {
    private Dto() {
    }

    record AtlasFile(@JsonProperty("$schema") String schema, String id, String title, String version,
                     String licence, String description, List<SourceDto> bibliography, Files files) {
    }

    record Files(List<String> views, List<String> shapes, List<String> regions, List<String> symptoms,
                 List<String> muscles, List<String> techniques, List<String> redFlags, List<String> painGuides) {
    }

    record SourceDto(String id, String citation, String doi, String pmid, String url) {
    }

    record SourceRefDto(String source, String chapter, String pages, String figure, String note) {
    }

    record ViewFile(@JsonProperty("$schema") String schema, String id, String name, List<Double> viewBox,
                    Double midlineX, Boolean profile, Boolean patientRightOnViewerLeft, List<LandmarkDto> landmarks,
                    List<ArtDto> art, List<MuscleShapeDto> muscles) {
    }

    record LandmarkDto(String id, String name, List<Double> at) {
    }

    record ArtDto(String id, String kind, String path, String fibres, String layer) {
    }

    record MuscleShapeDto(String muscle, String layer, String path, String fibres, Boolean bilateral) {
    }

    /** Generated outlines of one view, by name; zones and regions refer to them as {@code "#name"}. */
    record ShapesFile(@JsonProperty("$schema") String schema, String view, Map<String, List<String>> shapes) {
    }

    record RegionsFile(@JsonProperty("$schema") String schema, List<RegionDto> regions) {
    }

    record RegionDto(String id, String name, List<String> synonyms, String laterality, String area,
                     Map<String, List<String>> shapes, List<String> formerIds) {
    }

    record SymptomsFile(@JsonProperty("$schema") String schema, List<SymptomDto> symptoms) {
    }

    record SymptomDto(String id, String name, List<String> synonyms) {
    }

    record MusclesFile(@JsonProperty("$schema") String schema, List<MuscleDto> muscles) {
    }

    record MuscleDto(String id, String name, String latinName, List<String> abbreviations, List<String> synonyms,
                     String group, AttachmentsDto attachments, String action, String innervation,
                     List<TriggerPointDto> triggerPoints, List<String> symptoms, List<String> activatingFactors,
                     List<String> perpetuatingFactors, List<TechniqueUseDto> techniques, List<String> precautions,
                     String patientSummary, List<String> notes, List<SourceRefDto> sources) {
    }

    record AttachmentsDto(List<AttachmentDto> origin, List<AttachmentDto> insertion) {
    }

    record AttachmentDto(String description, List<String> landmarks) {
    }

    record TriggerPointDto(String id, Integer number, String label, String location,
                           Map<String, List<Double>> positions, ReferralDto referral,
                           List<SatelliteDto> satellites, List<String> siteRegions) {
    }

    record SatelliteDto(String muscle, String triggerPoint) {
    }

    record ReferralDto(List<ZoneDto> essential, List<ZoneDto> spillover, List<SourceRefDto> sources) {
    }

    record ZoneDto(List<String> regions, Map<String, List<String>> shapes, String description) {
    }

    record TechniqueUseDto(String technique, String notes) {
    }

    record TechniquesFile(@JsonProperty("$schema") String schema, List<TechniqueDto> techniques) {
    }

    record TechniqueDto(String id, String name, List<String> synonyms, String category, List<String> performers,
                        List<String> steps, List<String> contraindications, String plainLanguage, String evidence,
                        List<SourceRefDto> sources) {
    }

    record RedFlagsFile(@JsonProperty("$schema") String schema, List<RedFlagDto> redFlags) {
    }

    record RedFlagDto(String id, String title, String description, String action, List<String> regions,
                      List<String> symptoms, List<String> phrases, List<SourceRefDto> sources) {
    }

    record PainGuidesFile(@JsonProperty("$schema") String schema, List<GroupDto> groups, List<GuideDto> guides) {
    }

    record GroupDto(String id, String name, List<String> members, String note, List<SourceRefDto> sources) {
    }

    record GuideDto(String region, String area, String basis, List<String> order, String note,
                    List<SourceRefDto> sources, List<AlternativeDto> alternatives) {
    }

    record AlternativeDto(List<String> order, String note, List<SourceRefDto> sources) {
    }
}
