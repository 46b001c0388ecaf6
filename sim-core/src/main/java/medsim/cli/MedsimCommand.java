package medsim.cli;
public final class MedsimCommand { public static void main(String[] a) { System.out.println(new sim.engine.Schedule()); } }
