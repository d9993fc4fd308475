package org.referralatlas.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.referralatlas.geometry.LinesWithin;
import org.referralatlas.model.ArtKind;
import org.referralatlas.model.ArtShape;
import org.referralatlas.model.Atlas;
import org.referralatlas.model.Attachment;
import org.referralatlas.model.FigureView;
import org.referralatlas.model.Landmark;
import org.referralatlas.model.Laterality;
import org.referralatlas.model.Layer;
import org.referralatlas.model.Manifest;
import org.referralatlas.model.Muscle;
import org.referralatlas.model.MuscleGroup;
import org.referralatlas.model.MuscleShape;
import org.referralatlas.model.PainGuide;
import org.referralatlas.model.PainRegion;
import org.referralatlas.model.Point;
import org.referralatlas.model.RedFlag;
import org.referralatlas.model.ReferralZone;
import org.referralatlas.model.Source;
import org.referralatlas.model.SourceRef;
import org.referralatlas.model.Symptom;
import org.referralatlas.model.Technique;
import org.referralatlas.model.TechniqueCategory;
import org.referralatlas.model.TechniqueUse;
import org.referralatlas.model.TriggerPoint;
import org.referralatlas.model.TriggerPointRef;
import org.referralatlas.model.ZoneKind;

/** Copies validated DTOs into the immutable model. */
final class ModelBuilder {
    private ModelBuilder() {
    }

    static Atlas build(AtlasFiles files) {
        Dto.AtlasFile m = files.manifest().dto();
        Manifest manifest = new Manifest(m.id(), m.title(), m.version(), m.licence(), m.description(),
                list(m.bibliography()).stream()
                        .map(s -> new Source(s.id(), s.citation(), s.doi(), s.pmid(), s.url())).toList());
        List<FigureView> views = files.views().stream().map(p -> view(p.dto())).toList();
        List<PainRegion> regions = new ArrayList<>();
        files.regions().forEach(f -> f.dto().regions().forEach(r -> regions.add(new PainRegion(r.id(), r.name(),
                list(r.synonyms()), Laterality.fromId(r.laterality()), r.area(), r.shapes(), list(r.formerIds())))));
        List<Symptom> symptoms = new ArrayList<>();
        files.symptoms().forEach(f -> f.dto().symptoms().forEach(s ->
                symptoms.add(new Symptom(s.id(), s.name(), list(s.synonyms())))));
        List<Muscle> muscles = new ArrayList<>();
        files.muscles().forEach(f -> f.dto().muscles().forEach(d -> muscles.add(muscle(d))));
        List<Technique> techniques = new ArrayList<>();
        files.techniques().forEach(f -> f.dto().techniques().forEach(t -> techniques.add(new Technique(t.id(),
                t.name(), list(t.synonyms()), TechniqueCategory.fromId(t.category()), t.performers(), t.steps(),
                t.contraindications(), t.plainLanguage(), t.evidence(), refs(t.sources())))));
        List<RedFlag> redFlags = new ArrayList<>();
        files.redFlags().forEach(f -> f.dto().redFlags().forEach(r -> redFlags.add(new RedFlag(r.id(), r.title(),
                r.description(), r.action(), list(r.regions()), list(r.symptoms()), list(r.phrases()),
                refs(r.sources())))));
        List<PainGuide> guides = new ArrayList<>();
        List<MuscleGroup> groups = new ArrayList<>();
        files.painGuides().forEach(f -> {
            list(f.dto().groups()).forEach(g -> groups.add(new MuscleGroup(g.id(), g.name(), g.members(), g.note(),
                    refs(g.sources()))));
            list(f.dto().guides()).forEach(g -> guides.add(new PainGuide(g.region(), g.area(),
                    "derived".equals(g.basis()), g.order(), g.note(), refs(g.sources()),
                    list(g.alternatives()).stream().map(a -> new PainGuide.Alternative(a.order(), a.note(),
                            refs(a.sources()))).toList())));
        });
        return new Atlas(manifest, views, regions, symptoms, muscles, techniques, redFlags, guides, groups);
    }

    private static FigureView view(Dto.ViewFile v) {
        return new FigureView(v.id(), v.name(), GeometryChecks.viewBox(v), v.midlineX(), Boolean.TRUE.equals(v.profile()),
                Boolean.TRUE.equals(v.patientRightOnViewerLeft()),
                v.landmarks().stream().map(l -> new Landmark(l.id(), l.name(), point(l.at()))).toList(),
                v.art().stream().map(a -> new ArtShape(a.id(), ArtKind.fromId(a.kind()), a.path(), a.fibres(),
                        a.layer() == null ? null : Layer.fromId(a.layer()), fibresInside(a.fibres(), a.path()))).toList(),
                v.muscles().stream().map(s -> new MuscleShape(s.muscle(), Layer.fromId(s.layer()), s.path(),
                        s.fibres(), !Boolean.FALSE.equals(s.bilateral()), fibresInside(s.fibres(), s.path()))).toList());
    }

    /**
     * Whether fibres lie within their outline, within {@link #FIBRE_TOLERANCE} (the figure generator cuts
     * them to it): then they are drawn without a clip, which the software renderer draws through an
     * offscreen mask per node. Found here, at load time: the bundled atlas' answer is in its compact copy.
     */
    private static boolean fibresInside(String fibres, String outline) {
        return fibres != null && !fibres.isBlank()
                && LinesWithin.test(fibres, outline, FIBRE_TOLERANCE, Limits.DEFAULT.maxPathPoints());
    }

    /** Design units a fibre may stray past its outline unclipped: the generator's rounding and flattening, well under a pixel. */
    static final double FIBRE_TOLERANCE = 0.3;

    private static Muscle muscle(Dto.MuscleDto d) {
        List<TriggerPoint> tps = d.triggerPoints().stream().map(ModelBuilder::triggerPoint).toList();
        return new Muscle(d.id(), d.name(), d.latinName(), list(d.abbreviations()), list(d.synonyms()), d.group(),
                attachments(d.attachments().origin()), attachments(d.attachments().insertion()), d.action(),
                d.innervation(), tps, list(d.symptoms()), list(d.activatingFactors()),
                list(d.perpetuatingFactors()),
                list(d.techniques()).stream().map(t -> new TechniqueUse(t.technique(), t.notes())).toList(),
                list(d.precautions()), d.patientSummary(), list(d.notes()), refs(d.sources()));
    }

    private static TriggerPoint triggerPoint(Dto.TriggerPointDto t) {
        Map<String, Point> positions = new LinkedHashMap<>();
        t.positions().forEach((view, p) -> positions.put(view, point(p)));
        List<ReferralZone> zones = new ArrayList<>();
        list(t.referral().essential()).forEach(z -> zones.add(zone(ZoneKind.ESSENTIAL, z)));
        list(t.referral().spillover()).forEach(z -> zones.add(zone(ZoneKind.SPILLOVER, z)));
        String label = t.label() != null ? t.label() : "TrP" + t.number();
        return new TriggerPoint(t.id(), t.number(), label, t.location(), positions, zones,
                refs(t.referral().sources()),
                list(t.satellites()).stream().map(s -> new TriggerPointRef(s.muscle(), s.triggerPoint())).toList(),
                list(t.siteRegions()));
    }

    private static ReferralZone zone(ZoneKind kind, Dto.ZoneDto z) {
        return new ReferralZone(kind, z.regions(), z.shapes(), z.description());
    }

    private static List<Attachment> attachments(List<Dto.AttachmentDto> list) {
        return list.stream().map(a -> new Attachment(a.description(), list(a.landmarks()))).toList();
    }

    private static List<SourceRef> refs(List<Dto.SourceRefDto> refs) {
        return list(refs).stream()
                .map(r -> new SourceRef(r.source(), r.chapter(), r.pages(), r.figure(), r.note())).toList();
    }

    private static Point point(List<Double> p) {
        return new Point(p.get(0), p.get(1));
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
