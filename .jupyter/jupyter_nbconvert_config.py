# Jupyter settings for executing docs/notebooks/ at build time; the Makefile
# points JUPYTER_CONFIG_DIR here. The kernel talks to the build over Unix
# sockets (IPC) rather than TCP ports: nothing listens on the network.
c.KernelManager.transport = "ipc"  # noqa: F821
