package medsim.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

class FactResolverTest {
    private final FactResolver resolver = new FactResolver(FactBook.load(FactsFileTest.FACTS));

    private YamlMap resolve(String yaml) {
        return resolver.resolve(YamlNode.parse("test.yaml", yaml)).asMap();
    }

    @Test
    void aReferenceBecomesTheFactsValueAndRemembersItsSource() {
        YamlMap m = resolve("a: {fact: arrivals.italy.sea.2016}\nb: {fact: sophia.launch}\n");
        assertEquals(181436, m.get("a").asInt());
        assertEquals("2015-06-22", m.get("b").asDate().toString());
        assertEquals("arrivals.italy.sea.2016", FactResolver.citedFacts(m.get("a")));
    }

    @Test
    void arithmeticCombinesFactsAndNumbers() {
        YamlMap m = resolve("""
                mid: {fact: deaths.central-med.2016.band.low, plus: {fact: deaths.central-med.2016.band.high}, times: 0.5}
                libya: {fact: arrivals.italy.sea.2016, times: {fact: arrivals.italy.from-libya.share.2016, times: 0.01}}
                diff: {fact: sophia.results.2016-06-20.boats-neutralised, minus: {fact: sophia.results.2016-01.boats-neutralised}}
                share: {fact: rescues.ngo.2016, over: {fact: rescues.total.2016}}
                """);
        assertEquals(4450, m.get("mid").asDouble(), 1e-9);
        assertEquals(181436 * 0.9, m.get("libya").asDouble(), 1e-6);
        assertEquals(139 - 76, m.get("diff").asInt());
        assertEquals(46796.0 / 178415, m.get("share").asDouble(), 1e-9);
        assertEquals("(deaths.central-med.2016.band.low + deaths.central-med.2016.band.high) x 0.5", FactResolver.citedFacts(m.get("mid")));
    }

    @Test
    void aMissingFactIsAnErrorAtTheCitingLine() {
        InputException e = assertThrows(InputException.class, () -> resolve("x: 1\ncount: {fact: sophia.assets.2099.ships}\n"));
        assertEquals(2, e.line());
        assertEquals("count.fact", e.field());
        assertTrue(e.getMessage().contains("cites a fact that is not in"), e.getMessage());
    }

    @Test
    void arithmeticOnTextIsAnError() {
        InputException e = assertThrows(InputException.class, () -> resolve("d: {fact: sophia.launch, times: 2}\n"));
        assertTrue(e.getMessage().contains("which is not a number"), e.getMessage());
    }
}
