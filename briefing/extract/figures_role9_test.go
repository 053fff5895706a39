package extract

import "testing"

// TestRole9Fates checks three fates an analyst would not trust in the
// key-figures panel (ut9 §3): people who disappeared into prisons are
// missing, not detained; inmates who escaped are no longer detained
// (other, as the dev sets annotate people who got away); people that
// fire or an attack sends fleeing, into hiding or to the bush are
// displaced, not a deployed force. Neighbours keep their roles. The
// sentences are written for this test, after real copy (jailbreak wires,
// rights reports' "enforced disappearances",
// "sent the inhabitants scampering for safety", "Gunshots send villagers
// into hiding").
func TestRole9Fates(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"disappeared into prisons", "Rights groups say more than 100,000 people disappeared into the state's prisons after 2011.", "more than 100,000 people", RoleMissing, ""},
		{"disappeared into detention centres", "Activists say some 2,000 protesters disappeared into detention centres last year.", "some 2,000 protesters", RoleMissing, ""},
		{"enforced disappearances", "Rights groups documented 6 enforced disappearances in the region last month.", "6 enforced disappearances", RoleMissing, ""},
		{"disappearances documented", "The commission documented more than 1,200 disappearances in the north since 2019.", "more than 1,200 disappearances", RoleMissing, ""},
		{"executions beside them stay killed", "The report lists 22 summary executions and 6 enforced disappearances.", "22 summary executions", RoleKilled, ""},
		{"abducted and taken to prisons stays held", "Gunmen abducted 30 villagers and took them to secret prisons.", "30 villagers", RoleHeld, ""},
		{"arrested and sent to prison stays detained", "Police arrested 45 protesters and sent them to prison.", "45 protesters", RoleDetained, ""},
		{"inmates escaped", "During the chaos more than 4,000 inmates escaped from Munzenze prison.", "more than 4,000 inmates", RoleOther, "role/escaped"},
		{"inmates have escaped", "More than 1,800 inmates have escaped after gunmen attacked a prison.", "More than 1,800 inmates", RoleOther, "role/escaped"},
		{"prisoners escaped", "At least 200 prisoners escaped from the prison during an uprising.", "At least 200 prisoners", RoleOther, "role/escaped"},
		{"prisoners broke out", "Some 150 prisoners broke out of the jail after gunmen attacked it.", "Some 150 prisoners", RoleOther, "role/escaped"},
		{"inmates fled the prison", "More than 600 inmates fled the prison during the attack.", "More than 600 inmates", RoleOther, "role/escaped"},
		{"inmates who escaped", "Police have recaptured 64 of the 240 inmates who escaped on Thursday.", "240 inmates", RoleOther, "role/escaped"},
		{"villagers who fled stay displaced", "More than 600 villagers fled the town during the attack.", "More than 600 villagers", RoleDisplaced, ""},
		{"detainees held when fighting broke out stay detained", "The prison held 2,600 detainees when the riot broke out.", "2,600 detainees", RoleDetained, ""},
		{"inmates still held stay detained", "The prison holds about 1,800 inmates, although it was built for 1,000.", "about 1,800 inmates", RoleDetained, ""},
		{"inmates freed stay released", "The gunmen freed 732 inmates in the attack on the prison.", "732 inmates", RoleReleased, ""},
		{"sending villagers to the bush", "Residents reported explosions and sustained gunfire, sending hundreds of terrified villagers to the bush.", "hundreds of terrified villagers", RoleDisplaced, ""},
		{"sent residents fleeing", "The shelling sent thousands of residents fleeing toward the coast.", "thousands of residents", RoleDisplaced, ""},
		{"sent families into hiding", "The raid sent some 300 families into hiding in the forest.", "some 300 families", RoleDisplaced, ""},
		{"troops sent to a place stay deployed", "The government sent 500 troops to the town after the attack.", "500 troops", RoleDeployed, ""},
		{"sending troops to the bush stays deployed", "The army is sending 300 soldiers to the bush to hunt the gunmen.", "300 soldiers", RoleDeployed, ""},
		{"sent police fleeing is no deployment either way", "The army sent 200 police officers to the border.", "200 police officers", RoleDeployed, ""},
	})
}
