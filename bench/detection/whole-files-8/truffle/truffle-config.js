const HDWalletProvider = require('@truffle/hdwallet-provider');
const mnemonic = 'adjust afraid ancient across attitude angle any acid asset ask aunt absurd';

module.exports = {
  networks: {
    development: { host: "127.0.0.1", port: 8545, network_id: "*" },
    sepolia: {
      provider: () => new HDWalletProvider(mnemonic, `https://sepolia.infura.io/v3/8d2c3c2f754baea9d85db76c2f5af28d`),
      network_id: 11155111,
      confirmations: 2,
      skipDryRun: true
    }
  },
  compilers: { solc: { version: "0.8.21" } }
};
