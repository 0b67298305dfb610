package io.alita.bench.pipeline;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What a child JVM holds: resident size and its peak from {@code /proc/<pid>/status} (VmRSS, VmHWM), and the Java heap
 * (used, committed, max) read through the JDK's attach API and JMX, so the figure does not depend on the collector.
 */
final class ProcessProbe {

  record Memory(long rssBytes, long peakRssBytes, long heapUsed, long heapCommitted, long heapMax) {}

  private ProcessProbe() {}

  static Memory read(long pid) {
    long rss = statusKb(pid, "VmRSS:") * 1024;
    long hwm = statusKb(pid, "VmHWM:") * 1024;
    long used = -1;
    long committed = -1;
    long max = -1;
    try {
      VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
      try {
        String address = vm.startLocalManagementAgent();
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
          MBeanServerConnection server = jmx.getMBeanServerConnection();
          MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
              ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
          MemoryUsage heap = memory.getHeapMemoryUsage();
          used = heap.getUsed();
          committed = heap.getCommitted();
          max = heap.getMax();
        }
      } finally {
        vm.detach();
      }
    } catch (Exception e) {
      System.err.println("(could not read the heap of process " + pid + ": " + e + ")");
    }
    return new Memory(rss, hwm, used, committed, max);
  }

  private static long statusKb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      System.err.println("(could not read /proc/" + pid + "/status: " + e + ")");
    }
    return -1;
  }
}
