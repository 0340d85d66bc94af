package dk.seniorpartnerskab.web;

import java.text.Collator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DanishOrderTest {

	@Test
	void æØÅComeAfterZAndTiesFollowTheSecondText() {
		var names = List.of("Ørsted", "Århus", "Ærø", "Vordingborg", "Ballerup", "Assens");

		assertThat(DanishOrder.sorted(names, name -> name)).containsExactly("Assens", "Ballerup", "Vordingborg", "Ærø",
				"Ørsted", "Århus");

		record Person(String municipality, String name) {
		}
		var people = List.of(new Person("Ærø", "Øjvind"), new Person("Ærø", "Anne"), new Person("Assens", "Åse"));
		assertThat(DanishOrder.sorted(people, Person::municipality, Person::name))
			.containsExactly(new Person("Assens", "Åse"), new Person("Ærø", "Anne"), new Person("Ærø", "Øjvind"));
	}

	@Test
	void sortsTextsAsTheDanishCollatorDoes() {
		var names = List.of("Aabenraa", "Aalborg", "Aarhus", "Albertslund", "Æbeltoft", "Zealand", "Ølstykke");

		assertThat(DanishOrder.sorted(names, name -> name))
			.isEqualTo(names.stream().sorted(Collator.getInstance(Copenhagen.DANISH)).toList());
	}

	@Test
	void theOrderStaysRightPastTheKeptKeys() {
		var many = IntStream.range(0, DanishOrder.MOST_KEPT + 10).mapToObj(n -> "Å" + n).toList();
		DanishOrder.sorted(many, name -> name);

		var names = List.of("Ørsted", "Århus", "Ærø", "Vordingborg", "Aabenraa", "Assens");
		assertThat(DanishOrder.sorted(names, name -> name)).containsExactly("Assens", "Vordingborg", "Ærø", "Ørsted",
				"Aabenraa", "Århus");
	}

}
