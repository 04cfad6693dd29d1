package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.placementledger.events.codes.PlacementType.*;

/**
 * What the measures depend on that a council may set differently. The defaults are those of the domain:
 * the council-paper categories, the age bands of the Torbay paper, residential cost bands of £1,000 a week
 * from £4,000, Torbay's area code and a 60:40 in-house fostering target.
 *
 * @param categories           the mapping from a placement to a category, first matching rule wins
 * @param otherCategory        the category of a placement no rule takes
 * @param ageBands             age at the as-at date
 * @param residentialCategory  the category whose costs are banded
 * @param residentialCostBands weekly cost bands for that category
 * @param councilAreaCode      the council's local authority district code: a placement elsewhere is out of area
 * @param inHouseCategory      the category counted as in-house fostering
 * @param externalFosteringCategories the categories it is weighed against
 * @param inHouseFosteringTarget the share of fostering the council aims to keep in house, 0 to 1
 */
public record MeasuresConfig(List<CategoryRule> categories, String otherCategory, List<AgeBand> ageBands,
                             String residentialCategory, List<CostBand> residentialCostBands, String councilAreaCode,
                             String inHouseCategory, Set<String> externalFosteringCategories, BigDecimal inHouseFosteringTarget) {

    public static final String IN_HOUSE_FOSTERING = "In-house fostering";
    public static final String IFA_FOSTERING = "IFA fostering";
    public static final String OTHER_COUNCIL_FOSTERING = "Fostering other council/public";
    public static final String RESIDENTIAL = "Residential";
    public static final String PARENT_AND_CHILD = "Parent and child";
    public static final String SUPPORTED = "Supported accommodation";
    public static final String WITH_PARENTS = "Placed with parents";
    public static final String FOR_ADOPTION = "Placed for adoption";
    public static final String TEMPORARY = "Temporary";
    public static final String OTHER = "Other";

    public static MeasuresConfig defaults() {
        Set<PlacementType> foster = EnumSet.of(U1, U2, U3, U4, U5, U6);
        List<CategoryRule> rules = List.of(
                new CategoryRule(PARENT_AND_CHILD, Set.of(), Set.of(), true),
                new CategoryRule(PARENT_AND_CHILD, Set.of(R3), Set.of(), false),
                new CategoryRule(IN_HOUSE_FOSTERING, foster, Set.of(PlacementProvider.PR1), false),
                new CategoryRule(IFA_FOSTERING, foster, Set.of(PlacementProvider.PR4, PlacementProvider.PR5), false),
                new CategoryRule(OTHER_COUNCIL_FOSTERING, foster, Set.of(PlacementProvider.PR2, PlacementProvider.PR3), false),
                new CategoryRule(RESIDENTIAL, EnumSet.of(K1, K2, R1, R2, S1, R5), Set.of(), false),
                new CategoryRule(SUPPORTED, EnumSet.of(H5, K3, P2), Set.of(), false),
                new CategoryRule(WITH_PARENTS, Set.of(P1), Set.of(), false),
                new CategoryRule(FOR_ADOPTION, EnumSet.of(A3, A4, A5, A6), Set.of(), false),
                new CategoryRule(TEMPORARY, EnumSet.of(T0, T1, T2, T3, T4), Set.of(), false));
        List<AgeBand> ages = List.of(new AgeBand("Under 1", 0, 0), new AgeBand("1-4", 1, 4), new AgeBand("5-10", 5, 10),
                new AgeBand("11-15", 11, 15), new AgeBand("16+", 16, null));
        List<CostBand> bands = List.of(
                new CostBand("Under £4k", Money.ZERO, Money.of("4000")),
                new CostBand("£4k-£5k", Money.of("4000"), Money.of("5000")),
                new CostBand("£5k-£6k", Money.of("5000"), Money.of("6000")),
                new CostBand("£6k-£7k", Money.of("6000"), Money.of("7000")),
                new CostBand("£7k+", Money.of("7000"), null));
        return new MeasuresConfig(rules, OTHER, ages, RESIDENTIAL, bands, "E06000027",
                IN_HOUSE_FOSTERING, Set.of(IFA_FOSTERING), new BigDecimal("0.60"));
    }

    public String categoryOf(org.placementledger.events.Placement placement) {
        for (CategoryRule rule : categories) {
            if (rule.matches(placement)) return rule.category();
        }
        return otherCategory;
    }

    public String ageBandOf(int age) {
        for (AgeBand band : ageBands) {
            if (band.contains(age)) return band.label();
        }
        return "Unknown";
    }

    public List<String> categoryNames() {
        List<String> names = new java.util.ArrayList<>();
        for (CategoryRule rule : categories) if (!names.contains(rule.category())) names.add(rule.category());
        if (!names.contains(otherCategory)) names.add(otherCategory);
        return names;
    }
}
